# newsdesk auf Deutsch.

## Command descriptions
command-digest = Die wichtigsten Meldungen einer Rubrik seit deinem letzten Digest
command-more = Die nächsten Meldungen deines letzten Digests einer Rubrik
command-briefing = Dein Briefing jetzt oder seine Uhrzeit: /briefing 07:00 Europe/Berlin weekdays, /briefing off
command-latest = Die neuesten Meldungen aus deinen Rubriken
command-summary = Einen Artikel zusammenfassen: seine ID (aus einem Digest) oder sein Link
command-sections = Die Rubriken, die du abonnieren kannst
command-subscribe = Diesen Chat für die Digests und das Morgenbriefing einer Rubrik anmelden
command-unsubscribe = Diesen Chat von einer Rubrik abmelden
command-subscriptions = Rubriken, Themen, Briefingzeit, Ruhezeiten und Sprache dieses Chats
command-source = Eigene Feeds: /source add <url> [name], list, remove <name>, export oder import (OPML)
command-follow = Eine Meldung erhalten, wenn eine Nachricht ein Thema nennt, z. B. APT31 | Zirconium
command-unfollow = Keine Meldungen mehr zu einem verfolgten Thema
command-following = Die Themen, denen dieser Chat folgt
command-quiet = Themenmeldungen in Ruhezeiten zurückhalten, z. B. /quiet 22:00-07:00; /quiet off
command-language = Die Sprache der Antworten in diesem Chat: /language de; ohne Code zeigt sie sie an
command-status = Zustand der Feeds dieses Chats, nächstes Briefing und Feed-Hinweise
command-help = Was newsdesk kann; /help <Befehl> für die Optionen und Grenzen eines Befehls
command-admin = Nur für Betreiber: Statistik, Quellen neu laden, einen Chat pausieren oder fortsetzen

## /help
help-subtitle = Nachrichten-Briefings: Rubrik-Digests, Zusammenfassungen und Themenmeldungen.
help-footer = Optionen und Grenzen eines Befehls: /help follow

## /language
language-option = Ein Sprachcode, z. B. de, es, fr, ru oder en
language-current = Die Sprache dieses Chats ist { $name } ({ $code }). Sprachen: { $list }. Ändern mit /language <Code>.
language-set = Ab jetzt antwortet newsdesk in diesem Chat auf { $name } ({ $code }).
language-unknown = „{ $typed }“ ist keine Sprache, die newsdesk spricht. Sprachen: { $list }. Versuch /language { $example }.

## Digest and briefing headers
story-count = { $count ->
    [one] { $count } Meldung
   *[other] { $count } Meldungen
  }
digest-title = Digest { $section }
digest-title-continued = Digest { $section }, Fortsetzung
digest-first-page = { $shown } von { $total } Meldungen
digest-later-page = { $count ->
    [one] Meldung { $first }
   *[other] Meldungen { $first }–{ $last }
  } von { $total }
digest-more = { $count ->
    [one] { $count } weitere Meldung
   *[other] { $count } weitere Meldungen
  }: /more { $section }
briefing-title = Dein Briefing — { $date }

## Answers every command shares
apology = Entschuldigung, bei uns ist etwas schiefgegangen. Bitte versuchen Sie es in einer Minute noch einmal.
plain-text-hint = Senden Sie einen Befehl wie /digest oder /help.
plain-text-hint-discord = Tippen Sie / und wählen Sie einen Befehl, etwa /digest oder /help. Ein hier gesendeter Link wird zusammengefasst.
command-unknown = { $typed } ist kein Befehl.
did-you-mean = Meinten Sie { $suggestions }?
command-see-help = Alle Befehle zeigt /help.
managers-of-chat = { $kind ->
    [group] Administratoren dieser Gruppe
    [channel] Administratoren dieses Kanals
   *[other] Administratoren dieses Chats
  }
managers-discord = Mitglieder mit der Berechtigung „Kanäle verwalten“
only-managers = Nur { $managers } können { $command } hier verwenden.
only-managers-change = Nur { $managers } können hier mit { $command } etwas ändern.
only-managers-anyone = /digest, /latest, /sections und /summary kann jeder verwenden.
only-managers-ask = Bitten Sie eine dieser Personen darum.

## Commands: answers and refusals (branch i18n-commands)
# (messages of commands/*.ts and src/core/commands, chats: added below this line)



## Documents, alerts, notices and buttons (branch i18n-documents)
# (messages of briefings/*, src/core/alerts, src/core/digests, adapters' renderers and buttons: added below this line)



## Summaries and follows (sumlang)
summary-title = Zusammenfassung
summary-source-model = vom Sprachmodell zusammengefasst
summary-source-extractive = Auszug aus dem Artikel (offline)
summary-source-none = die Quelle lieferte nur Überschrift und Anreißer
summary-extract-language = ein Auszug auf { $article }, der Sprache des Artikels: keine Zusammenfassung auf { $chat } verfügbar
summary-extract-own-language = ein Auszug in der Sprache des Artikels: keine Zusammenfassung auf { $chat } verfügbar
summary-no-text = Dieser Artikel hat keinen Text, der sich zusammenfassen ließe.
summary-nothing-more = Mehr bietet { $outlet } nicht an. Der Artikel: { $url }
summary-invalid-article = „{ $typed }“ ist weder eine Artikel-ID noch ein Link. Gib die 12-stellige ID unter einer Meldung im Digest an oder einen Link, der mit https:// beginnt. Versuch /summary 5b0f15c8dcaf.
summary-unknown-id = „{ $typed }“ ist nicht die ID einer gespeicherten Meldung. IDs stehen in Digests, und Meldungen verfallen nach einer Weile. Versuch /latest für aktuelle Meldungen und ihre IDs.
summary-unreadable-link = „{ $typed }“ ließ sich nicht als Artikel lesen. Die Seite ist vielleicht nicht erreichbar, kein Artikel oder nicht erlaubt. Schick den Link einer Artikelseite oder die ID einer Meldung aus einem Digest.
summary-links-limit-person = In der letzten Stunde hast du { $limit ->
    [one] { $limit } Zusammenfassung
   *[other] { $limit } Zusammenfassungen
  } von Links verlangt, die newsdesk nicht gespeichert hatte, so viele wie eine Person darf. Meldungen aus Digests sind nicht begrenzt. Versuch es in { $minutes } Min. wieder oder gib die ID einer Meldung aus einem Digest an.
summary-links-limit-chat = In der letzten Stunde hat dieser Chat { $limit ->
    [one] { $limit } Zusammenfassung
   *[other] { $limit } Zusammenfassungen
  } von Links verlangt, die newsdesk nicht gespeichert hatte, so viele wie ein Chat darf. Meldungen aus Digests sind nicht begrenzt. Versuch es in { $minutes } Min. wieder oder gib die ID einer Meldung aus einem Digest an.
# Dates under a header and on each story
dates-published = veröffentlicht { $time }
dates-range = neueste { $newest }, älteste { $oldest }
dates-all-undated = ohne Datum
dates-undated = { $count } ohne Datum
story-date-unknown = Datum unbekannt

# Digests, /more and /latest
digest-empty = Noch keine Meldungen in { $section }. Neue kommen, sobald die Feeds abgerufen werden.
digest-empty-since = Nichts Neues in { $section } seit { $time }.
feeds-loading = Die Feeds werden noch geladen: newsdesk ist gerade gestartet und liest sie zum ersten Mal. Versuchen Sie es in einer Minute noch einmal.
digest-no-sources = Dieser Chat hat noch keine eigenen Feeds.
digest-no-sources-add = Fügen Sie mit /source add und der Adresse eines Feeds oder einer Webseite einen hinzu.
digest-no-sources-try = Versuchen Sie /source add https://example.org/feed.xml.
digest-nothing-to-continue = Es gibt hier keinen Digest { $section } der letzten 24 Stunden, der fortgesetzt werden könnte.
digest-start-one = Starten Sie einen mit /digest { $id }.
digest-all-seen = Sie haben alle Meldungen des letzten Digests { $section } gesehen.
digest-see-since = Was seitdem eingetroffen ist, zeigt /digest { $id }.
latest-title = Neueste Meldungen
latest-scope-yours = Ihre Rubriken
latest-scope-all = alle Rubriken
latest-empty = Noch keine Meldungen. Sie kommen, sobald die Feeds abgerufen werden.

# Briefings
briefing-section-empty = Nichts Neues in { $section }.
briefing-follows-heading = Themen, denen Sie folgen
briefing-nothing-since = Nichts seit { $time }
briefing-more = Mehr: { $list }
briefing-more-entry = { $section } ({ $count }) /more { $id }
briefing-nothing-set-up = Dieser Chat hat noch keine Rubriken oder Themen. Siehe /sections und /follow.

# Follow alerts
alert-title = Themenmeldung
alert-batch-title = Weitere Meldungen zu Themen, denen Sie folgen
alert-batch-held = { $count ->
    [one] { $count } Meldung wurde
   *[other] { $count } Meldungen wurden
  } zurückgehalten, um diesen Chat nicht zu überfluten
alert-batch-more = { $count ->
    [one] { $count } weitere Meldung ist
   *[other] { $count } weitere Meldungen sind
  } nicht aufgeführt.
alert-name-alias = { $name }, auch bekannt als { $topic },
alert-reason-title = erwähnt { $name } im Titel
alert-reason-tags = erwähnt { $name } in den Schlagwörtern
alert-reason-summary = erwähnt { $name } in der Zusammenfassung
alert-reason-body = erwähnt { $name } im Artikeltext

# Feed health notices
notice-failing-title = Feed gestört: { $feed }
notice-failing-line = Der Feed { $feed } ({ $section }) ist { $age } ausgefallen und funktioniert noch immer nicht
notice-failing-detail = Grund: { $reason }. Seine Meldungen fehlen in den Digests dieser Rubrik, bis er wieder funktioniert; Sie erfahren es, sobald das der Fall ist. Der Betreiber wurde über die Logs informiert.
notice-recovered-title = Feed funktioniert wieder: { $feed }
notice-recovered-line = Der Feed { $feed } ({ $section }) funktioniert wieder
notice-recovered-detail = Er war { $span } lang gestört; seine neuen Meldungen sind wieder in den Digests dieser Rubrik.
notice-opt-out = Diese Hinweise schalten Sie mit /status off ab.

# Words the renderers put around a story
label-why = Warum
label-more-sources = +{ $count } weitere
label-untitled = (ohne Titel)
label-source = Quelle
label-also = auch
label-feed = Feed

# Buttons (one style: a verb, then what it acts on)
button-summary = Zusammenfassung { $number }
button-summary-of = Zusammenfassung: { $title }
button-follow = { $topic } folgen
button-more = Mehr aus { $section }
button-unsubscribe = { $section } abbestellen
button-follow-prompt = Einem Thema folgen…
button-unsubscribe-prompt = Abbestellen…
button-stale = Diese Schaltfläche funktioniert nicht mehr. Alle Befehle zeigt /help.
button-expired = Diese Schaltfläche funktioniert nicht mehr. Was newsdesk kann, zeigt /help.
button-story-gone = Diese Meldung ist nicht mehr gespeichert, daher gibt es kein Thema zum Folgen.
unsubscribe-placeholder = Abzubestellende Rubrik
unsubscribe-which = Welche Rubrik soll hier nicht mehr zugestellt werden?
follow-modal-title = Einem Thema folgen
follow-modal-label = Thema, dann Alternativnamen nach |

# Adapters' refusals
channel-not-visible = { $typed } ist kein Kanal, den ich sehen kann.
channel-not-visible-why = Ich kann nur in Kanälen handeln, in denen ich Administrator mit dem Recht zum Posten bin.
channel-not-visible-next = Fügen Sie mich dort hinzu und versuchen Sie es dann noch einmal.
channel-not-channel = { $typed } ist kein Kanal.
channel-not-channel-why = Nach einem Befehl werden nur Kanäle genannt.
channel-not-channel-next = Für eine Gruppe senden Sie den Befehl in der Gruppe selbst.
channel-only-admins = Nur Administratoren von { $title } können /{ $command } dafür verwenden.
channel-anyone-reads = Lesen kann ihn jeder.
file-not-downloaded = Die Datei konnte nicht von Telegram heruntergeladen werden.
file-send-again = Senden Sie sie gleich noch einmal.
file-not-on-discord = Diese Datei liegt nicht auf dem Dateiserver von Discord.
file-attach-itself = Hängen Sie die Datei selbst an den Befehl an.
command-gone = { $typed } ist kein newsdesk-Befehl mehr.
command-gone-why = Befehle ändern sich, wenn newsdesk aktualisiert wird.
command-gone-next = Tippen Sie /, um die aktuellen zu sehen.
slow-down = Sie senden Befehle schneller, als newsdesk sie beantworten kann, daher wurden die letzten übersprungen. Warten Sie die Antworten ab und versuchen Sie es dann noch einmal.
missing-permissions = Ich kann in { $place ->
    [thread] diesem Thread
   *[channel] diesem Kanal
  } noch nicht posten: Mir fehlt { $permissions }.
missing-permissions-ask = Bitten Sie einen Server-Admin, newsdesk hier { $count ->
    [one] diese Berechtigung
   *[other] diese Berechtigungen
  } zu geben, und versuchen Sie es dann noch einmal.
unsubscribe-nothing = { $place ->
    [private] Dieser Chat hat
    [thread] Dieser Thread hat
   *[channel] Dieser Kanal hat
  } keine Abonnements, es gibt also nichts abzubestellen. Die Rubriken zeigt /sections.
channel-need-rights = Ich muss Administrator von { $title } mit dem Recht zum Posten sein.
