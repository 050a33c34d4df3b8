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
