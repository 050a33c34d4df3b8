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
apology = Entschuldigung, bei uns ist etwas schiefgegangen. Versuch es in einer Minute noch einmal.
plain-text-hint = Sende einen Befehl wie /digest oder /help.
plain-text-hint-discord = Tippe / und wähle einen Befehl, etwa /digest oder /help. Ein hier gesendeter Link wird zusammengefasst.
command-unknown = { $typed } ist kein Befehl.
did-you-mean = Meintest du { $suggestions }?
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
only-managers-ask = Bitte eine dieser Personen darum.

## Commands: answers and refusals (branch i18n-commands)
# (messages of commands/*.ts and src/core/commands, chats: added below this line)

## Command options: refusals (src/core/commands/command-options.ts)
option-line-too-long = { $typed } ist zu lang.
option-line-limit = Ein Befehl nimmt höchstens { $max } Zeichen.
option-shorten = Kürze ihn und sende ihn noch einmal.
option-the-command = der Befehl
option-this-command = Dieser Befehl
option-extra = { $typed } ist mehr, als { $command } nimmt.
option-takes-nothing = { $command } nimmt nichts nach seinem Namen.
option-takes = { $command } nimmt { $usage }.
option-nothing = nichts
option-usage-required = <{ $label }>
option-usage-optional = [{ $label }]
option-usage-join = { $first } { $rest }
option-missing = { $command } braucht { $label }.
option-file-is-not = Eine Datei ist nicht { $label }.
option-give-as-text = Gib „{ $label }“ als Text an.
option-not-file = { $typed } ist keine Datei.
option-attach = Hänge „{ $label }“ als Datei an den Befehl an.
option-too-long = { $typed } ist zu lang für { $label }.
option-max-characters = Höchstens { $max } Zeichen.
option-not-choice = { $typed } ist keine gültige Angabe für „{ $label }“.
option-choose = { $count ->
    [one] Wähle { $choices }.
   *[other] Wähle eine von { $choices }.
  }
option-not-integer = { $typed } ist keine ganze Zahl.
option-integer-as = Gib für „{ $label }“ eine ganze Zahl an.
option-integer-as-range = Gib für „{ $label }“ eine ganze Zahl { $range } an.
option-out-of-range = { $typed } liegt außerhalb des Bereichs für „{ $label }“.
option-give-integer = Gib eine ganze Zahl { $range } an.
option-range = von { $min } bis { $max }
option-range-min = ab { $min }
option-range-max = bis höchstens { $max }
option-not-boolean = { $typed } ist weder ja noch nein.
option-give-boolean = Gib yes oder no für „{ $label }“ an.
option-try = Versuch { $example }.
option-see-help = Siehe /help { $command }.

## /help <command>
help-options = Optionen
help-limits = Grenzen
help-required = erforderlich
help-optional = optional
help-whole-number = eine ganze Zahl
help-whole-number-range = eine ganze Zahl { $range }
help-file = eine mit dem Befehl gesendete Datei
help-one-of = eine von { $choices }
help-max-characters = höchstens { $max } Zeichen
help-example = Beispiel: { $example }
help-managers-only = In Gruppen und Kanälen dürfen ihn nur die verwenden, die den Chat verwalten.
help-operators-only = Nur die Betreiber in OWNER_IDS dürfen ihn verwenden.

## Options: descriptions and labels
option-digest-section = Rubrik, z. B. politics, oder mine für deine eigenen Feeds (Standard: dein erstes Abo)
option-digest-section-label = { $form ->
    [a] eine Rubrik
   *[bare] Rubrik
  }
option-more-section = Rubrik, z. B. politics (Standard: dein erstes Abo)
option-more-section-label = { $form ->
    [a] eine Rubrik
   *[bare] Rubrik
  }
option-briefing-schedule = HH:MM [Gebiet/Stadt] [daily|weekdays|weekends] oder off
option-briefing-schedule-label = { $form ->
    [a] eine Briefingzeit
   *[bare] Briefingzeit
  }
option-latest-count = Wie viele Meldungen (1–20, Standard 10)
option-latest-count-label = { $form ->
    [a] eine Anzahl der Meldungen
   *[bare] Anzahl der Meldungen
  }
option-summary-article = Artikel-ID aus einem Digest oder der Link des Artikels
option-summary-article-label = { $form ->
    [a] eine Artikel-ID oder einen Link
   *[bare] Artikel-ID oder Link
  }
option-subscribe-section = Rubrik, die abonniert werden soll, z. B. politics
option-subscribe-section-label = { $form ->
    [a] eine Rubrik
   *[bare] Rubrik
  }
option-unsubscribe-section = Rubrik, die abbestellt werden soll
option-unsubscribe-section-label = { $form ->
    [a] eine Rubrik
   *[bare] Rubrik
  }
option-source-action = add, list, remove, export oder import
option-source-action-label = { $form ->
    [a] eine Aktion
   *[bare] Aktion
  }
option-source-target = URL eines Feeds oder einer Webseite (und ein Name) oder der Name zum Entfernen
option-source-target-label = { $form ->
    [a] einen Feed
   *[bare] Feed
  }
option-source-file = Eine OPML-Abonnementliste für /source import
option-source-file-label = { $form ->
    [a] eine OPML-Datei
   *[bare] OPML-Datei
  }
option-follow-topic = Thema, dann optional Aliasse nach |, z. B. APT31 | Zirconium
option-follow-topic-label = { $form ->
    [a] ein Thema
   *[bare] Thema
  }
option-unfollow-topic = Das Thema oder einer seiner Aliasse
option-unfollow-topic-label = { $form ->
    [a] ein Thema
   *[bare] Thema
  }
option-quiet-hours = HH:MM-HH:MM in der Zeitzone des Chats oder off
option-quiet-hours-label = { $form ->
    [a] Ruhezeiten
   *[bare] Ruhezeiten
  }
option-language-code = Ein Sprachcode, z. B. de, es, fr, ru oder en
option-language-code-label = { $form ->
    [a] einen Sprachcode
   *[bare] Sprachcode
  }
option-status-notices = Hinweise zu fehlerhaften Feeds der Rubriken dieses Chats ein- oder ausschalten
option-status-notices-label = { $form ->
    [a] eine Einstellung für Hinweise
   *[bare] Hinweise
  }
option-help-command = Ein Befehl, der erklärt werden soll, z. B. follow
option-help-command-label = { $form ->
    [a] einen Befehl
   *[bare] Befehl
  }
option-admin-action = stats, reload, pause oder resume
option-admin-action-label = { $form ->
    [a] eine Aktion
   *[bare] Aktion
  }
option-admin-chat = Für pause und resume: telegram:<Chat-ID> oder discord:<Kanal-ID>
option-admin-chat-label = { $form ->
    [a] einen Chat
   *[bare] Chat
  }

## /briefing: schedules
schedule = { $time } { $zone }, { $days }
schedule-off = aus
schedule-daily = täglich
schedule-weekdays = werktags
schedule-weekends = am Wochenende
schedule-days = { $days }
schedule-not-time = { $typed } ist keine Uhrzeit.
schedule-time-how = Gib eine Uhrzeit wie 07:00 an, danach optional eine Zeitzone und Tage.
schedule-time-try = Versuch /briefing 07:00 Europe/Berlin weekdays oder /briefing off.
schedule-not-zone = { $typed } ist weder eine Zeitzone noch Tage.
schedule-zone-how = Zeitzonen sehen aus wie Europe/Berlin oder America/New_York; Tage sind daily, weekdays, weekends oder mon,wed,fri.
schedule-zone-try = Versuch /briefing 07:00 Europe/Berlin weekdays.
briefing-set = Morgenbriefing eingestellt: { $schedule }.
briefing-subscribe-first = Abonniere zuerst eine Rubrik: /sections.
briefing-off = Das Morgenbriefing ist aus. Schalte es mit /briefing on wieder ein.
briefing-scheduled = Geplant: { $schedule }. Ändern mit /briefing 07:00 Europe/Berlin oder /briefing off.

## /subscriptions
subscriptions-title = Abos dieses Chats
subscriptions-when = Wann
subscriptions-briefing = Morgenbriefing: { $schedule }
subscriptions-briefing-change = Ändern mit /briefing 07:00 Europe/Berlin weekdays oder /briefing off.
subscriptions-quiet = Ruhezeiten: { $start }-{ $end } { $zone }: Meldungen werden zurückgehalten und kommen danach gesammelt
subscriptions-quiet-none = Ruhezeiten: keine: Meldungen kommen sofort
subscriptions-quiet-change = Ändern mit /quiet 22:00-07:00 oder /quiet off.
subscriptions-language = Sprache: { $name } ({ $code })
subscriptions-language-change = Ändern mit /language <Code>, z. B. /language en.
subscriptions-sections = Rubriken ({ $count } von { $max })
subscriptions-follows = Themen ({ $count } von { $max })
subscriptions-aliases = auch: { $aliases }
subscriptions-no-sections = Noch keine Rubriken. Sieh dir /sections an, dann /subscribe <Rubrik>.
subscriptions-no-follows = Du folgst keinem Thema. Versuch /follow APT31 | Judgement Panda.
section-gone = { $id } (nicht mehr angeboten)
chat-paused = Zustellungen sind pausiert: { $reason }
chat-paused-by-operator = Zustellungen sind pausiert: vom Betreiber pausiert

## /status
status-title = Status dieses Chats
status-notices-on = Feed-Hinweise an.
status-notices-off = Feed-Hinweise aus.
status-notices-on-already = Feed-Hinweise an (schon vorher).
status-notices-off-already = Feed-Hinweise aus (schon vorher).
status-deliveries = Zustellungen
status-briefing-next = Morgenbriefing: { $schedule }; nächstes { $next }
status-follows = Themen: { $count } von { $max }
status-notices-title-on = Feed-Hinweise: an
status-notices-title-off = Feed-Hinweise: aus
status-notices-explain-on = Dieser Chat erfährt einmal, wenn ein Feed seiner Rubriken eine Weile ausfällt, und einmal, wenn er wieder funktioniert. /status off schaltet das aus.
status-notices-explain-off = /status on sagt diesem Chat, wenn ein Feed seiner Rubriken eine Weile ausfällt.
status-sections = Rubriken ({ $count })
status-feeds-working = { $count ->
    [one] { $count } Feed, funktioniert
   *[other] { $count } Feeds, alle funktionieren
  }
status-feeds-failing = { $count ->
    [one] { $count } Feed
   *[other] { $count } Feeds
  }, { $failing } fehlerhaft
feeds-more = { $count } weitere

## /quiet
quiet-current = Ruhezeiten: { $start }-{ $end } ({ $zone }). Meldungen in dieser Zeit kommen gesammelt, wenn sie endet.
quiet-none = Keine Ruhezeiten. Lege sie mit /quiet 22:00-07:00 fest (in der Zeitzone dieses Chats).
quiet-off = Ruhezeiten aus: Meldungen kommen sofort.
quiet-invalid = { $typed } sind keine Ruhezeiten.
quiet-invalid-how = Gib Beginn und Ende an, etwa 22:00-07:00, in der Zeitzone dieses Chats.
quiet-invalid-try = Versuch /quiet 22:00-07:00 oder /quiet off.
quiet-same = { $typed } beginnt und endet zur selben Zeit.
quiet-same-how = Ruhezeiten brauchen zwei verschiedene Uhrzeiten.
quiet-same-try = Versuch /quiet 22:00-07:00.
quiet-set = Ruhezeiten eingestellt: { $start }-{ $end } ({ $zone }). Meldungen in dieser Zeit kommen gesammelt, wenn sie endet.

## /subscribe, /unsubscribe, /digest, /more
subscribe-done = { $section } abonniert. Versuch jetzt /digest { $id }; die Rubrik ist auch in deinem Morgenbriefing.
subscribe-already = Dieser Chat hat { $section } schon abonniert.
subscribe-limit = Ein Chat hat höchstens { $max } Rubriken.
subscribe-limit-reached = { $count ->
    [one] Dieser Chat hat schon { $count } Rubrik, mehr sind nicht erlaubt.
   *[other] Dieser Chat hat schon { $count } Rubriken, mehr sind nicht erlaubt.
  }
subscribe-limit-next = Bestell zuerst eine ab: /subscriptions listet sie auf, /unsubscribe <Rubrik> entfernt eine.
unsubscribe-done = { $section } abbestellt.
unsubscribe-not = Dieser Chat hat { $section } nicht abonniert. /subscriptions listet seine Rubriken auf.
digest-no-section = /digest braucht eine Rubrik: Dieser Chat hat noch keine Abos.
digest-name-section = Nenne eine Rubrik oder abonniere eine.
digest-try = Versuch /digest politics oder sieh dir /sections an.
more-no-section = /more braucht eine Rubrik: Dieser Chat hat noch keine Abos.
more-name-section = Nenne die Rubrik deines letzten Digests.
more-try = Versuch /more politics.
more-limit = Blättert in einem Digest oder Briefing der letzten { $hours } Stunden weiter, je { $count } Meldungen.
section-unknown = { $typed } ist keine Rubrik.
section-list = Rubriken sind { $sections }.
section-none = Es sind keine Rubriken eingerichtet.
section-see-all = Alle zeigt /sections.

## /source
source-no-feed = { $typed } ist kein Feed, und auf dieser Seite wurde kein Feed gefunden.
source-feed-how = Gib die Adresse eines RSS-, Atom- oder JSON-Feeds an.
source-add-try = Versuch /source add https://example.org/feed.xml.
source-numbered = { $count ->
    [one] Diese Seite hat { $count } Feed mit der Nummer 1.
   *[other] Diese Seite hat { $count } Feeds, nummeriert von 1 bis { $count }.
  }
source-total-full = newsdesk liest schon so viele von Chats hinzugefügte Feeds, wie eingerichtet ist.
source-total-next = Füge einen Feed hinzu, den ein anderer Chat schon nutzt, oder frag den Betreiber.
source-unknown = { $typed } ist keiner der Feeds dieses Chats.
source-names = Es sind { $names }.
source-none-added = Dieser Chat hat keine Feeds hinzugefügt.
source-see-list = Sieh sie dir mit /source list an.
source-chat-full = { $count ->
    [one] Dieser Chat hat schon { $count } eigenen Feed, mehr sind nicht erlaubt.
   *[other] Dieser Chat hat schon { $count } eigene Feeds, mehr sind nicht erlaubt.
  }
source-chat-full-next = Entferne zuerst einen: /source list zeigt sie, /source remove <Name> entfernt einen.
source-not-url = { $typed } ist keine Webadresse.
source-url-how = Gib eine http://- oder https://-Adresse eines Feeds oder einer Webseite an.
source-choice-expired = Diese Feeds werden nicht mehr angeboten (eine Auswahl gilt eine Stunde).
source-choice-expired-next = Sende /source add noch einmal mit der Adresse der Seite.
source-choice-elsewhere = Diese Feeds wurden in einem anderen Chat angeboten.
source-choice-elsewhere-next = Sende /source add hier, um diesem Chat einen Feed hinzuzufügen.
follow-limit-reached = { $count ->
    [one] Dieser Chat folgt schon { $count } Thema, mehr sind nicht erlaubt.
   *[other] Dieser Chat folgt schon { $count } Themen, mehr sind nicht erlaubt.
  }
follow-limit-next = Entfolge zuerst einem: /following listet sie auf, /unfollow <Thema> beendet eines.
source-export-none = Dieser Chat hat keine eigenen Feeds zum Exportieren. Füge einen mit /source add https://example.org/feed.xml hinzu.
source-export-caption = { $count ->
    [one] { $count } eigener Feed dieses Chats als OPML. Ein anderer Chat fügt ihn mit /source import und dieser Datei hinzu.
   *[other] { $count } eigene Feeds dieses Chats als OPML. Ein anderer Chat fügt sie mit /source import und dieser Datei hinzu.
  }

## /source import
import-too-many = { $typed } listet mehr als { $max } Feeds.
import-too-many-how = Eine Datei darf höchstens { $max } listen, und dieser Chat darf { $chatMax } haben.
import-shorter = Sende eine kürzere Liste.
import-no-feeds = { $typed } listet keine Feeds.
import-no-feeds-how = Eine OPML-Abonnementliste hat Einträge (outline) mit einer xmlUrl.
import-no-feeds-next = Exportiere deine Liste aus deinem Feedreader als OPML und sende sie mit /source import.
import-page-feeds = eine Webseite mit { $count } Feeds; füge den gewünschten mit /source add hinzu
import-unavailable = OPML-Dateien sind hier nicht verfügbar.
import-unavailable-next = Füge Feeds einzeln mit /source add hinzu.
import-not-opml = { $typed } ist keine OPML-Datei.
import-not-opml-how = Sende die Abonnementliste, die dein Feedreader als OPML exportiert (.opml, UTF-8).
import-not-opml-next = Hänge sie an /source import an.
import-too-large = { $typed } ist zu groß.
import-too-large-how = Eine OPML-Datei für /source import darf höchstens { $max } KiB groß sein.
source-limit = Ein Chat hat höchstens { $max } eigene Feeds; ein Name hat höchstens { $name } Zeichen.
source-limit-admins = Nur Administratoren einer Gruppe oder eines Kanals fügen dessen Feeds hinzu, entfernen oder importieren sie.
source-limit-opml = /source export sendet die Feeds dieses Chats als OPML-Datei. /source import fügt die Feeds einer OPML-Datei hinzu (höchstens { $kib } KiB und { $feeds } Feeds; die Prüfung endet nach { $minutes } Minuten): Auf Telegram sende die Datei mit der Bildunterschrift /source import oder antworte mit /source import auf sie; auf Discord hänge sie an die Option file an.
source-not-read = noch nicht gelesen
source-list-none = Dieser Chat hat keine eigenen Feeds. Füge einen mit /source add https://example.org/feed.xml hinzu.
source-list-title = Deine eigenen Feeds ({ $count } von { $max })
source-list-footer = Die Meldungen dieser Feeds: /digest { $mine }. Entfernen mit /source remove <Name>.
source-add-needs = /source add braucht die Adresse eines Feeds oder einer Webseite.
source-remove-needs = { $command } braucht den Namen oder die Adresse eines Feeds dieses Chats.
source-removed = { $name } ({ $url }) aus den Feeds dieses Chats entfernt.
source-already = Dieser Chat hat diesen Feed schon, als { $name }. Seine Meldungen zeigt /digest { $mine }.
source-added = { $count ->
    [one] { $name } hinzugefügt ({ $url }, derzeit { $count } Eintrag). Seine Meldungen kommen in /digest { $mine } und in dein Briefing, sobald er gelesen wurde.
   *[other] { $name } hinzugefügt ({ $url }, derzeit { $count } Einträge). Seine Meldungen kommen in /digest { $mine } und in dein Briefing, sobald er gelesen wurde.
  }
source-choose-title = { $typed } hat { $count } Feeds
source-choose-footer = Füge einen mit dem Befehl darunter hinzu oder über seine Nummer: { $example }.
import-needs-file = /source import braucht eine OPML-Datei.
import-needs-file-how = Auf Telegram sende die Datei mit der Bildunterschrift /source import oder antworte mit /source import auf die Datei; auf Discord hänge sie an die Option file an.
import-needs-file-next = Exportiere deine Abos zuerst aus deinem Feedreader als OPML.
import-added = Hinzugefügt ({ $count })
import-already = Schon vorhanden ({ $count })
import-failed = Fehlgeschlagen ({ $count })
import-not-tried = { $count } Feeds wurden nicht geprüft: Der Import hat zu lange gedauert. Sende /source import mit der Datei noch einmal für sie.
import-without-url = { $count } Einträge hatten keine Feed-Adresse (xmlUrl) und wurden übersprungen.
import-added-next = Die Meldungen dieser Feeds kommen in /digest { $mine }, sobald sie gelesen wurden. Alle Feeds zeigt /source list.
import-see-list = Die Feeds dieses Chats zeigt /source list.
import-title = Import von { $name }: { $added } hinzugefügt, { $already } schon vorhanden, { $failed } fehlgeschlagen
import-and-more = …und { $count } weitere

## /sections
sections-title = Rubriken
sections-subtitle = Abonnieren mit /subscribe <Rubrik>
sections-feeds = { $count ->
    [one] { $count } Feed
   *[other] { $count } Feeds
  }
sections-failing = { $count } fehlerhaft
sections-subscribed = abonniert
sections-many-failing = Mehr als { $count } Feeds sind fehlerhaft: Hier werden die am längsten fehlerhaften gezählt.

## /admin (operators)
admin-unavailable = Betreiberfunktionen sind in diesem Prozess nicht verfügbar.
admin-reloaded = Quellen neu geladen: { $sections } Rubriken, { $feeds } Feeds ({ $added } neu, { $removed } entfernt).
admin-reload-others = Jede andere Instanz am gemeinsamen Speicher lädt ihre eigene Quellendatei innerhalb von { $seconds } Sekunden neu (jede protokolliert das Ergebnis).
admin-reload-problems = Die Quellendatei hat Fehler; die verwendeten Rubriken bleiben unverändert.
admin-and-more = und { $count } weitere
admin-reload-fix = Korrigiere die Datei und sende dann noch einmal /admin reload.
admin-needs-chat = { $command } braucht einen Chat.
admin-chat-how = Nenne ihn als telegram:<Chat-ID> oder discord:<Kanal-ID>.
admin-pause-try = Versuch /admin pause telegram:-1001234567890.
admin-not-chat = { $typed } ist kein Chat.
admin-unknown-chat = { $name } ist kein Chat, an den newsdesk zustellt.
admin-unknown-chat-how = Nur Chats mit gespeicherten Einstellungen können pausiert oder fortgesetzt werden.
admin-unknown-chat-next = Prüfe die ID und versuch es noch einmal.
admin-paused = Zustellungen an { $chat } sind pausiert: keine Briefings, Themenmeldungen oder Feed-Hinweise bis /admin resume { $chat }.
admin-already-paused = Zustellungen an { $chat } waren schon von einem Betreiber pausiert.
admin-cancelled = { $count ->
    [one] { $count } bereits eingeplante Zustellung wurde abgesagt.
   *[other] { $count } bereits eingeplante Zustellungen wurden abgesagt.
  }
admin-resumed = Zustellungen an { $chat } laufen wieder; das nächste Briefing ist wieder geplant (was durch die Pause abgesagt wurde, wird nicht gesendet).
admin-not-paused = Zustellungen an { $chat } waren nicht pausiert.
admin-at-least = mindestens { $count }
admin-none = keine
admin-stats-version = newsdesk { $version }, Instanz { $instance }, läuft seit { $uptime }.
admin-stats-chats = Chats: { $chats }.
admin-stats-feeds = Rubriken: { $sections }; Feeds: { $feeds }, fehlerhaft: { $failing }.
admin-stats-outbox = Ausgang: { $count } ausstehend.

## Shared by the digests (texts the core gives them)
mine-title = Deine Feeds
mine-description = Die Feeds, die dieser Chat mit /source add hinzugefügt hat

## /follow, /following, /unfollow
follow-limit = Ein Chat folgt höchstens { $max } Themen.
follow-rule-length = Ein Thema oder Alias: { $min } bis { $max } Zeichen, davon mindestens { $min } Buchstaben oder Ziffern (EU, UN und KI gehen; einzelne Buchstaben nicht).
follow-rule-common = Wörter, die allein zu häufig sind (the, and, der, la, el, и…), werden abgelehnt.
follow-rule-prefix = Ein * am Ende des letzten Wortes passt auf jedes Wort, das so beginnt – für flektierende Sprachen: Путин* passt auf Путина und Путину (und Путинизм: Präfixe treffen auch mehr). Mindestens { $min } Buchstaben vor dem *; * nirgendwo sonst.
follow-rule-matching = Groß- und Kleinschreibung und Akzente zählen nicht, verglichen werden ganze Wörter: China passt auf CHINA und China's, nicht auf Chinatown.
follow-prefix-invalid = { $typed } ist kein Thema, das newsdesk erkennen kann.
follow-prefix-where = Ein * darf nur das letzte Wort eines Namens beenden, wie in Путин*, und passt dann auf jedes Wort, das so beginnt.
follow-prefix-stem = Vor einem * braucht ein Wort mindestens { $min } Buchstaben oder Ziffern, sonst passte es auf fast jede Meldung.
follow-prefix-try-aliases = Versuch /follow Путин* | Putin*.
follow-prefix-try = Versuch /follow Путин*.
follow-rule-aliases = Höchstens { $max } Aliasse pro Thema.
follow-topic-aliases = { $topic } (auch bekannt als { $aliases })
follow-done = Du folgst jetzt { $topic }. Du bekommst eine Meldung, wenn eine neue Nachricht es nennt.
follow-already-alias = Du folgst { $alias } schon, als Alias von { $topic }.
follow-already = Du folgst { $topic } schon.
follow-change-aliases = Aliasse ändern: /follow { $topic } | Alias | Alias.
follow-aliases-added = hinzugefügt: { $names }
follow-aliases-removed = entfernt: { $names }
follow-aliases-changed = Du folgst { $topic } schon; die Aliasse haben sich geändert: { $changes }.
follow-aliases-now = Jetzt auch bekannt als { $aliases }.
follow-aliases-none = Es hat jetzt keine Aliasse.
follow-needs-topic = /follow braucht ein Thema.
follow-needs-topic-how = Gib ein Thema an, dann beliebige Aliasse nach |.
follow-needs-topic-try = Versuch /follow APT31 | Judgement Panda | Zirconium.
follow-too-many-aliases = { $typed } hat { $count } Aliasse, mehr als die { $max }, die ein Thema haben darf.
follow-keep-aliases = Behalte die { $max } nützlichsten.
follow-name-too-long = { $typed } ist zu lang zum Folgen.
follow-name-max = Ein Thema oder Alias hat höchstens { $max } Zeichen.
follow-name-shorter = Versuch einen kürzeren Namen, z. B. /follow APT31.
follow-name-no-letters = { $typed } ist kein Name: Er hat keine Buchstaben oder Ziffern.
follow-name-min = Ein Thema oder Alias braucht mindestens { $min } Buchstaben oder Ziffern.
follow-try-apt31 = Versuch /follow APT31.
follow-name-too-short = { $typed } ist zu kurz zum Folgen: Es würde auf fast jede Nachricht passen.
follow-name-min-acronyms = Ein Thema oder Alias braucht mindestens { $min } Buchstaben oder Ziffern; Abkürzungen wie EU oder UN gehen.
follow-name-try-longer = Versuch /follow Europäische Union.
follow-name-too-common = { $typed } ist ein zu häufiges Wort zum Folgen: Es würde auf fast jede Nachricht passen.
follow-name-phrase = Folge stattdessen einem Namen oder einer Wortgruppe.
follow-name-try-phrase = Versuch /follow Deutsche Bundesbank.
following-title = Themen
following-count = { $count } von { $max } Themen
following-aliases = auch bekannt als { $aliases }
following-none = Du folgst nichts. Versuch /follow APT31 | Judgement Panda | Zirconium
unfollow-done = Du folgst { $topic } nicht mehr.
unfollow-unknown = { $typed } ist kein Thema, dem dieser Chat folgt.
unfollow-follows = Er folgt { $topics }.
unfollow-follows-none = Er folgt noch keinem Thema.
unfollow-see-all = Alle zeigt /following.
unfollow-follow-one = Folge einem mit /follow APT31.



## Adapters' refusals (feeds, files, links)
source-private-address = { $typed } liegt in einem privaten Netz, das newsdesk nicht abruft.
source-private-address-next = Gib die Adresse eines öffentlichen Feeds oder einer öffentlichen Webseite an.
source-unreadable = { $typed } konnte nicht gelesen werden.
source-unreadable-now = { $typed } konnte gerade nicht gelesen werden.
source-unreadable-later = Die Seite hat nicht rechtzeitig geantwortet oder einen Fehler gemeldet: versuch es später noch einmal.
source-unreadable-check = Prüf die Adresse: Es sollte ein Feed sein oder eine Webseite, die auf einen verlinkt.
file-download-failed = Die Datei konnte nicht von { $platform } heruntergeladen werden.
file-download-again = Sende sie gleich noch einmal.
summary-private-address = { $typed } liegt in einem privaten Netz, das newsdesk nicht abruft.
summary-private-address-next = Sende einen Link auf eine öffentliche Seite oder die ID einer Meldung aus einem Digest.

terminal-banner = newsdesk-Terminal-Chat. Tippe /help für die Befehle, Strg+D zum Beenden.
terminal-log-file = Die Logs stehen in { $path }.
terminal-stopping = newsdesk wird beendet: { $count ->
    [one] 1 Befehl wurde
   *[other] { $count } Befehle wurden
  } nicht ausgeführt ({ $commands }).

## Feed health in words
feed-reason-gone = den Feed gibt es nicht mehr (HTTP 404)
feed-reason-removed = der Feed wurde entfernt (HTTP 410)
feed-reason-refused = der Server verweigert ihn (HTTP { $status })
feed-reason-slow-down = der Server bittet uns, langsamer abzurufen (HTTP 429)
feed-reason-server = der Server hat ein Problem (HTTP { $status })
feed-reason-status = der Server antwortete mit HTTP { $status }
feed-reason-timeout = keine Antwort innerhalb von { $seconds } s
feed-reason-dns = der Hostname lässt sich nicht auflösen
feed-reason-connection-refused = der Server nimmt keine Verbindungen an
feed-reason-connection-cut = die Verbindung wurde abgebrochen
feed-reason-certificate = sein HTTPS-Zertifikat ist ungültig
feed-reason-redirect-loop = er leitet im Kreis weiter
feed-reason-too-large = der Feed ist größer als erlaubt
feed-failing-line = { $feed }: { $reason }, seit { $age }
feed-failing-line-unhealthy = { $feed }: { $reason }, seit { $age } (gestört)
feed-moved = dauerhaft umgezogen nach { $url }: die Quellendatei sollte diese Adresse nennen

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
feeds-loading = Die Feeds werden noch geladen: newsdesk ist gerade gestartet und liest sie zum ersten Mal. Versuch es in einer Minute noch einmal.
digest-no-sources = Dieser Chat hat noch keine eigenen Feeds.
digest-no-sources-add = Füge mit /source add und der Adresse eines Feeds oder einer Webseite einen hinzu.
digest-no-sources-try = Versuch /source add https://example.org/feed.xml.
digest-nothing-to-continue = Es gibt hier keinen Digest { $section } der letzten 24 Stunden, der fortgesetzt werden könnte.
digest-start-one = Starte einen mit /digest { $id }.
digest-all-seen = Du hast alle Meldungen des letzten Digests { $section } gesehen.
digest-see-since = Was seitdem eingetroffen ist, zeigt /digest { $id }.
latest-title = Neueste Meldungen
latest-scope-yours = deine Rubriken
latest-scope-all = alle Rubriken
latest-empty = Noch keine Meldungen. Sie kommen, sobald die Feeds abgerufen werden.

# Briefings
briefing-section-empty = Nichts Neues in { $section }.
briefing-follows-heading = Themen, denen du folgst
briefing-nothing-since = Nichts seit { $time }
briefing-more = Mehr: { $list }
briefing-more-entry = { $section } ({ $count }) /more { $id }
briefing-nothing-set-up = Dieser Chat hat noch keine Rubriken oder Themen. Siehe /sections und /follow.

# Follow alerts
alert-title = Themenmeldung
alert-batch-title = Weitere Meldungen zu Themen, denen du folgst
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
notice-failing-detail = Grund: { $reason }. Seine Meldungen fehlen in den Digests dieser Rubrik, bis er wieder funktioniert; du erfährst es, sobald das der Fall ist. Der Betreiber wurde über die Logs informiert.
notice-recovered-title = Feed funktioniert wieder: { $feed }
notice-recovered-line = Der Feed { $feed } ({ $section }) funktioniert wieder
notice-recovered-detail = Er war { $span } lang gestört; seine neuen Meldungen sind wieder in den Digests dieser Rubrik.
notice-opt-out = Diese Hinweise schaltest du mit /status off ab.

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
channel-not-visible-next = Füge mich dort hinzu und versuch es dann noch einmal.
channel-not-channel = { $typed } ist kein Kanal.
channel-not-channel-why = Nach einem Befehl werden nur Kanäle genannt.
channel-not-channel-next = Für eine Gruppe sende den Befehl in der Gruppe selbst.
channel-only-admins = Nur Administratoren von { $title } können /{ $command } dafür verwenden.
channel-anyone-reads = Lesen kann ihn jeder.
file-not-downloaded = Die Datei konnte nicht von Telegram heruntergeladen werden.
file-send-again = Sende sie gleich noch einmal.
file-not-on-discord = Diese Datei liegt nicht auf dem Dateiserver von Discord.
file-attach-itself = Hänge die Datei selbst an den Befehl an.
command-gone = { $typed } ist kein newsdesk-Befehl mehr.
command-gone-why = Befehle ändern sich, wenn newsdesk aktualisiert wird.
command-gone-next = Tippe /, um die aktuellen zu sehen.
slow-down = Du sendest Befehle schneller, als newsdesk sie beantworten kann, daher wurden die letzten übersprungen. Warte die Antworten ab und versuch es dann noch einmal.
missing-permissions = Ich kann in { $place ->
    [thread] diesem Thread
   *[channel] diesem Kanal
  } noch nicht posten: Mir fehlt { $permissions }.
missing-permissions-ask = Bitte einen Server-Admin, newsdesk hier { $count ->
    [one] diese Berechtigung
   *[other] diese Berechtigungen
  } zu geben, und versuch es dann noch einmal.
unsubscribe-nothing = { $place ->
    [private] Dieser Chat hat
    [thread] Dieser Thread hat
   *[channel] Dieser Kanal hat
  } keine Abonnements, es gibt also nichts abzubestellen. Die Rubriken zeigt /sections.
channel-need-rights = Ich muss Administrator von { $title } mit dem Recht zum Posten sein.
