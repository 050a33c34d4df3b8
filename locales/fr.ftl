# newsdesk en français.

## Command descriptions
command-digest = Les principaux articles d’une rubrique depuis ton dernier condensé
command-more = Les articles suivants de ton dernier condensé d’une rubrique
command-briefing = Ton briefing maintenant, ou son heure : /briefing 07:00 Europe/Paris weekdays, /briefing off
command-latest = Les articles les plus récents de tes rubriques
command-summary = Résumer un article : son identifiant (d’un condensé) ou son lien
command-sections = Les rubriques auxquelles tu peux t’abonner
command-subscribe = Abonner ce salon aux condensés et au briefing du matin d’une rubrique
command-unsubscribe = Désabonner ce salon d’une rubrique
command-subscriptions = Rubriques, sujets, heure du briefing, heures calmes et langue de ce salon
command-source = Tes propres flux : /source add <url> [nom], list, remove <nom>, export ou import (OPML)
command-follow = Une alerte quand un article cite un sujet, p. ex. APT31 | Zirconium
command-unfollow = Ne plus recevoir d’alertes pour un sujet suivi
command-following = Les sujets que suit ce salon
command-quiet = Retenir les alertes pendant les heures calmes, p. ex. /quiet 22:00-07:00 ; /quiet off
command-language = La langue des réponses de ce salon : /language fr ; sans code, l’affiche
command-status = L’état des flux de ce salon, son prochain briefing et les avis sur les flux
command-help = Ce que fait newsdesk ; /help <commande> pour les options et limites d’une commande
command-admin = Opérateurs seulement : statistiques, recharger les sources, suspendre ou reprendre un salon

## /help
help-subtitle = Briefings d’actualité : condensés par rubrique, résumés et alertes de sujets.
help-footer = Options et limites d’une commande : /help follow

## /language
language-current = La langue de ce salon est { $name } ({ $code }). Langues : { $list }. Change-la avec /language <code>.
language-set = Désormais newsdesk répond dans ce salon en { $name } ({ $code }).
language-unknown = « { $typed } » n’est pas une langue que newsdesk parle. Langues : { $list }. Essaie /language { $example }.

## Digest and briefing headers
story-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
  }
digest-title = Condensé { $section }
digest-title-continued = Condensé { $section }, suite
digest-first-page = { $shown } articles sur { $total }
digest-later-page = { $count ->
    [one] article { $first }
   *[other] articles { $first } à { $last }
  } sur { $total }
digest-more = { $count ->
    [one] { $count } autre article
   *[other] { $count } autres articles
  } : /more { $section }
briefing-title = Ton briefing — { $date }

## Answers every command shares
apology = Désolé, un problème est survenu de notre côté. Réessaie dans une minute.
plain-text-hint = Envoie une commande comme /digest ou /help.
plain-text-hint-discord = Tape / et choisis une commande, comme /digest ou /help. Un lien envoyé ici reçoit son résumé.
command-unknown = { $typed } n’est pas une commande.
did-you-mean = Voulais-tu dire { $suggestions } ?
command-see-help = Toutes les commandes : /help.
managers-of-chat = { $kind ->
    [group] les administrateurs de ce groupe
    [channel] les administrateurs de ce canal
   *[other] les administrateurs de cette discussion
  }
managers-discord = les membres ayant la permission Gérer les salons
only-managers = Seuls { $managers } peuvent utiliser { $command } ici.
only-managers-change = Seuls { $managers } peuvent faire des changements avec { $command } ici.
only-managers-anyone = Tout le monde peut utiliser /digest, /latest, /sections et /summary.
only-managers-ask = Demande à l’un d’eux de le faire.

## Commands: answers and refusals (branch i18n-commands)
# (messages of commands/*.ts and src/core/commands, chats: added below this line)

## Command options: refusals (src/core/commands/command-options.ts)
option-line-too-long = { $typed } est trop long.
option-line-limit = Une commande accepte au plus { $max } caractères.
option-shorten = Raccourcis-la et renvoie-la.
option-the-command = la commande
option-this-command = Cette commande
option-extra = { $typed } est de trop pour { $command }.
option-takes-nothing = { $command } n’accepte rien après son nom.
option-takes = { $command } accepte { $usage }.
option-nothing = rien
option-usage-required = <{ $label }>
option-usage-optional = [{ $label }]
option-usage-join = { $first } { $rest }
option-missing = { $command } a besoin d’{ $label }.
option-file-is-not = Un fichier n’est pas { $label }.
option-give-as-text = Indique « { $label } » sous forme de texte.
option-not-file = { $typed } n’est pas un fichier.
option-attach = Joins « { $label } » à la commande.
option-too-long = { $typed } est trop long pour « { $label } ».
option-max-characters = Utilise au plus { $max } caractères.
option-not-choice = { $typed } n’est pas une valeur valide pour « { $label } ».
option-choose = { $count ->
    [one] Choisis { $choices }.
   *[other] Choisis parmi { $choices }.
  }
option-not-integer = { $typed } n’est pas un nombre entier.
option-integer-as = Indique « { $label } » sous forme de nombre entier.
option-integer-as-range = Indique « { $label } » sous forme de nombre entier { $range }.
option-out-of-range = { $typed } est hors limites pour « { $label } ».
option-give-integer = Indique un nombre entier { $range }.
option-range = de { $min } à { $max }
option-range-min = d’au moins { $min }
option-range-max = d’au plus { $max }
option-not-boolean = { $typed } n’est ni oui ni non.
option-give-boolean = Indique yes ou no pour « { $label } ».
option-try = Essaie { $example }.
option-see-help = Vois /help { $command }.

## /help <command>
help-options = Options
help-limits = Limites
help-required = obligatoire
help-optional = facultatif
help-whole-number = un nombre entier
help-whole-number-range = un nombre entier { $range }
help-file = un fichier envoyé avec la commande
help-one-of = parmi { $choices }
help-max-characters = au plus { $max } caractères
help-example = Exemple : { $example }
help-managers-only = Dans les groupes et les canaux, seuls ceux qui gèrent le salon peuvent l’utiliser.
help-operators-only = Seuls les opérateurs de OWNER_IDS peuvent l’utiliser.

## Options: descriptions and labels
option-digest-section = Rubrique, p. ex. politics, ou mine pour tes propres flux (par défaut : ton premier abonnement)
option-digest-section-label = { $form ->
    [a] une rubrique
   *[bare] rubrique
  }
option-more-section = Rubrique, p. ex. politics (par défaut : ton premier abonnement)
option-more-section-label = { $form ->
    [a] une rubrique
   *[bare] rubrique
  }
option-briefing-schedule = HH:MM [Zone/Ville] [daily|weekdays|weekends], ou off
option-briefing-schedule-label = { $form ->
    [a] une heure de briefing
   *[bare] heure du briefing
  }
option-latest-count = Combien d’articles (1 à 20, 10 par défaut)
option-latest-count-label = { $form ->
    [a] un nombre d’articles
   *[bare] nombre d’articles
  }
option-summary-article = Identifiant d’article d’un condensé, ou le lien de l’article
option-summary-article-label = { $form ->
    [a] un identifiant ou un lien d’article
   *[bare] identifiant ou lien d’article
  }
option-subscribe-section = Rubrique à laquelle s’abonner, p. ex. politics
option-subscribe-section-label = { $form ->
    [a] une rubrique
   *[bare] rubrique
  }
option-unsubscribe-section = Rubrique dont se désabonner
option-unsubscribe-section-label = { $form ->
    [a] une rubrique
   *[bare] rubrique
  }
option-source-action = add, list, remove, export ou import
option-source-action-label = { $form ->
    [a] une action
   *[bare] action
  }
option-source-target = URL d’un flux ou d’une page web (et un nom), ou le nom à retirer
option-source-target-label = { $form ->
    [a] un flux
   *[bare] flux
  }
option-source-file = Une liste d’abonnements OPML, pour /source import
option-source-file-label = { $form ->
    [a] un fichier OPML
   *[bare] fichier OPML
  }
option-follow-topic = Sujet, puis des alias facultatifs après |, p. ex. APT31 | Zirconium
option-follow-topic-label = { $form ->
    [a] un sujet
   *[bare] sujet
  }
option-unfollow-topic = Le sujet ou l’un de ses alias
option-unfollow-topic-label = { $form ->
    [a] un sujet
   *[bare] sujet
  }
option-quiet-hours = HH:MM-HH:MM dans le fuseau horaire du salon, ou off
option-quiet-hours-label = { $form ->
    [a] heures calmes
   *[bare] heures calmes
  }
option-language-code = Un code de langue, p. ex. de, es, fr, ru ou en
option-language-code-label = { $form ->
    [a] un code de langue
   *[bare] code de langue
  }
option-status-notices = Activer ou désactiver les avis sur les flux en panne des rubriques de ce salon
option-status-notices-label = { $form ->
    [a] un réglage des avis
   *[bare] avis
  }
option-help-command = Une commande à expliquer, p. ex. follow
option-help-command-label = { $form ->
    [a] une commande
   *[bare] commande
  }
option-admin-action = stats, reload, pause ou resume
option-admin-action-label = { $form ->
    [a] une action
   *[bare] action
  }
option-admin-chat = Pour pause et resume : telegram:<id du chat> ou discord:<id du salon>
option-admin-chat-label = { $form ->
    [a] un salon
   *[bare] salon
  }

## /briefing: schedules
schedule = { $time } { $zone }, { $days }
schedule-off = désactivé
schedule-daily = tous les jours
schedule-weekdays = en semaine
schedule-weekends = le week-end
schedule-days = { $days }
schedule-not-time = { $typed } n’est pas une heure.
schedule-time-how = Indique une heure comme 07:00, puis, si tu veux, un fuseau horaire et des jours.
schedule-time-try = Essaie /briefing 07:00 Europe/Paris weekdays, ou /briefing off.
schedule-not-zone = { $typed } n’est ni un fuseau horaire ni des jours.
schedule-zone-how = Les fuseaux horaires s’écrivent comme Europe/Paris ou America/New_York ; les jours sont daily, weekdays, weekends ou mon,wed,fri.
schedule-zone-try = Essaie /briefing 07:00 Europe/Paris weekdays.
briefing-set = Briefing du matin réglé : { $schedule }.
briefing-subscribe-first = Abonne-toi d’abord à une rubrique : /sections.
briefing-off = Le briefing du matin est désactivé. Réactive-le avec /briefing on.
briefing-scheduled = Prévu : { $schedule }. Change-le avec /briefing 07:00 Europe/Paris, ou /briefing off.

## /subscriptions
subscriptions-title = Abonnements de ce salon
subscriptions-when = Quand
subscriptions-briefing = Briefing du matin : { $schedule }
subscriptions-briefing-change = Change-le avec /briefing 07:00 Europe/Paris weekdays, ou /briefing off.
subscriptions-quiet = Heures calmes : { $start }-{ $end } { $zone } : les alertes sont retenues et arrivent ensemble ensuite
subscriptions-quiet-none = Heures calmes : aucune, les alertes arrivent au fil de l’eau
subscriptions-quiet-change = Change-les avec /quiet 22:00-07:00, ou /quiet off.
subscriptions-language = Langue : { $name } ({ $code })
subscriptions-language-change = Change-la avec /language <code>, p. ex. /language en.
subscriptions-sections = Rubriques ({ $count } sur { $max })
subscriptions-follows = Sujets suivis ({ $count } sur { $max })
subscriptions-aliases = aussi : { $aliases }
subscriptions-no-sections = Aucune rubrique pour l’instant. Vois /sections, puis /subscribe <rubrique>.
subscriptions-no-follows = Aucun sujet suivi. Essaie /follow APT31 | Judgement Panda.
section-gone = { $id } (plus proposée)
chat-paused = Les envois sont suspendus : { $reason }
chat-paused-by-operator = Les envois sont suspendus : suspendus par l’opérateur

## /status
status-title = État de ce salon
status-notices-on = Avis sur les flux activés.
status-notices-off = Avis sur les flux désactivés.
status-notices-on-already = Avis sur les flux activés (déjà).
status-notices-off-already = Avis sur les flux désactivés (déjà).
status-deliveries = Envois
status-briefing-next = Briefing du matin : { $schedule } ; prochain { $next }
status-follows = Sujets suivis : { $count } sur { $max }
status-notices-title-on = Avis sur les flux : activés
status-notices-title-off = Avis sur les flux : désactivés
status-notices-explain-on = Ce salon est prévenu une fois quand un flux de ses rubriques est en panne depuis un moment, et une fois quand il remarche. /status off désactive cela.
status-notices-explain-off = /status on prévient ce salon quand un flux de ses rubriques est en panne depuis un moment.
status-sections = Rubriques ({ $count })
status-feeds-working = { $count ->
    [one] { $count } flux, qui fonctionne
   *[other] { $count } flux, tous fonctionnent
  }
status-feeds-failing = { $count } flux, { $failing ->
    [one] { $failing } en panne
   *[other] { $failing } en panne
  }
feeds-more = { $count } de plus

## /quiet
quiet-current = Heures calmes : { $start }-{ $end } ({ $zone }). Les alertes reçues pendant ce temps arrivent ensemble à la fin.
quiet-none = Pas d’heures calmes. Règle-les avec /quiet 22:00-07:00 (dans le fuseau horaire de ce salon).
quiet-off = Heures calmes désactivées : les alertes arrivent au fil de l’eau.
quiet-invalid = { $typed } n’est pas une plage d’heures calmes.
quiet-invalid-how = Indique un début et une fin comme 22:00-07:00, dans le fuseau horaire de ce salon.
quiet-invalid-try = Essaie /quiet 22:00-07:00, ou /quiet off.
quiet-same = { $typed } commence et finit à la même heure.
quiet-same-how = Les heures calmes demandent deux heures différentes.
quiet-same-try = Essaie /quiet 22:00-07:00.
quiet-set = Heures calmes réglées : { $start }-{ $end } ({ $zone }). Les alertes reçues pendant ce temps arrivent ensemble à la fin.

## /subscribe, /unsubscribe, /digest, /more
subscribe-done = Abonné à { $section }. Essaie /digest { $id } maintenant ; la rubrique est aussi dans ton briefing du matin.
subscribe-already = Ce salon est déjà abonné à { $section }.
subscribe-limit = Un salon a au plus { $max } rubriques.
subscribe-limit-reached = { $count ->
    [one] Ce salon a déjà { $count } rubrique, le maximum autorisé.
   *[other] Ce salon a déjà { $count } rubriques, le maximum autorisé.
  }
subscribe-limit-next = Désabonne-toi d’abord d’une rubrique : /subscriptions les liste, /unsubscribe <rubrique> en retire une.
unsubscribe-done = Désabonné de { $section }.
unsubscribe-not = Ce salon n’est pas abonné à { $section }. /subscriptions liste ses rubriques.
digest-no-section = /digest a besoin d’une rubrique : ce salon n’a encore aucun abonnement.
digest-name-section = Nomme une rubrique, ou abonne-toi à une.
digest-try = Essaie /digest politics, ou vois /sections.
more-no-section = /more a besoin d’une rubrique : ce salon n’a encore aucun abonnement.
more-name-section = Nomme la rubrique de ton dernier condensé.
more-try = Essaie /more politics.
more-limit = { $count ->
    [one] Continue un condensé ou un briefing des { $hours } dernières heures, { $count } article à la fois.
   *[other] Continue un condensé ou un briefing des { $hours } dernières heures, { $count } articles à la fois.
  }
section-unknown = { $typed } n’est pas une rubrique.
section-list = Les rubriques sont { $sections }.
section-none = Aucune rubrique n’est configurée.
section-see-all = Vois-les toutes avec /sections.

## /source
source-no-feed = { $typed } n’est pas un flux, et aucun flux n’a été trouvé sur cette page.
source-feed-how = Indique l’adresse d’un flux RSS, Atom ou JSON.
source-add-try = Essaie /source add https://example.org/feed.xml.
source-numbered = { $count ->
    [one] Cette page a { $count } flux, numéroté 1.
   *[other] Cette page a { $count } flux, numérotés de 1 à { $count }.
  }
source-total-full = newsdesk lit déjà autant de flux ajoutés par les salons qu’il est configuré pour en lire.
source-total-next = Ajoute un flux qu’un autre salon utilise déjà, ou demande à l’opérateur.
source-unknown = { $typed } n’est pas l’un des flux de ce salon.
source-names = Ce sont { $names }.
source-none-added = Ce salon n’a ajouté aucun flux.
source-see-list = Vois-les avec /source list.
source-chat-full = { $count ->
    [one] Ce salon a déjà { $count } flux à lui, le maximum autorisé.
   *[other] Ce salon a déjà { $count } flux à lui, le maximum autorisé.
  }
source-chat-full-next = Retires-en d’abord un : /source list les affiche, /source remove <nom> en retire un.
source-not-url = { $typed } n’est pas une adresse web.
source-url-how = Indique une adresse http:// ou https:// d’un flux ou d’une page web.
source-choice-expired = Ces flux ne sont plus proposés (un choix dure une heure).
source-choice-expired-next = Renvoie /source add avec l’adresse de la page.
source-choice-elsewhere = Ces flux ont été proposés dans un autre salon.
source-choice-elsewhere-next = Envoie /source add ici pour ajouter un flux à ce salon.
follow-limit-reached = { $count ->
    [one] Ce salon suit déjà { $count } sujet, le maximum autorisé.
   *[other] Ce salon suit déjà { $count } sujets, le maximum autorisé.
  }
follow-limit-next = Arrête d’abord d’en suivre un : /following les liste, /unfollow <sujet> en arrête un.
source-export-none = Ce salon n’a aucun flux à lui à exporter. Ajoutes-en un avec /source add https://example.org/feed.xml.
source-export-caption = { $count ->
    [one] Le flux de ce salon en OPML ({ $count }). Un autre salon l’ajoute avec /source import et ce fichier.
   *[other] Les { $count } flux de ce salon en OPML. Un autre salon les ajoute avec /source import et ce fichier.
  }

## /source import
import-too-many = { $typed } liste plus de { $max } flux.
import-too-many-how = Un fichier peut en lister au plus { $max }, et ce salon peut en avoir { $chatMax }.
import-shorter = Envoie une liste plus courte.
import-no-feeds = { $typed } ne liste aucun flux.
import-no-feeds-how = Une liste d’abonnements OPML contient des éléments outline avec un xmlUrl.
import-no-feeds-next = Exporte ta liste depuis ton lecteur de flux en OPML et envoie-la avec /source import.
import-page-feeds = une page web avec { $count } flux ; ajoute celui que tu veux avec /source add
import-unavailable = Les fichiers OPML ne sont pas disponibles ici.
import-unavailable-next = Ajoute les flux un par un avec /source add.
import-not-opml = { $typed } n’est pas un fichier OPML.
import-not-opml-how = Envoie la liste d’abonnements que ton lecteur de flux exporte en OPML (.opml, UTF-8).
import-not-opml-next = Joins-la à /source import.
import-too-large = { $typed } est trop volumineux.
import-too-large-how = Un fichier OPML pour /source import fait au plus { $max } Kio.
source-limit = Un salon a au plus { $max } flux à lui ; un nom fait au plus { $name } caractères.
source-limit-admins = Seuls les administrateurs d’un groupe ou d’un canal ajoutent, retirent ou importent ses flux.
source-limit-opml = /source export envoie les flux de ce salon dans un fichier OPML. /source import ajoute les flux d’un fichier OPML (au plus { $kib } Kio et { $feeds } flux ; la vérification s’arrête après { $minutes } minutes) : sur Telegram, envoie le fichier avec la légende /source import, ou réponds /source import au fichier ; sur Discord, joins-le dans l’option file.
source-not-read = pas encore lu
source-list-none = Ce salon n’a aucun flux à lui. Ajoutes-en un avec /source add https://example.org/feed.xml.
source-list-title = Tes propres flux ({ $count } sur { $max })
source-list-footer = Leurs articles : /digest { $mine }. Retires-en un avec /source remove <nom>.
source-add-needs = /source add a besoin de l’adresse d’un flux ou d’une page web.
source-remove-needs = { $command } a besoin du nom ou de l’adresse de l’un des flux de ce salon.
source-removed = { $name } ({ $url }) retiré des flux de ce salon.
source-already = Ce salon a déjà ce flux, sous le nom { $name }. Vois ses articles avec /digest { $mine }.
source-added = { $count ->
    [one] { $name } ajouté ({ $url }, { $count } élément pour l’instant). Ses articles arrivent dans /digest { $mine } et dans ton briefing dès qu’il aura été lu.
   *[other] { $name } ajouté ({ $url }, { $count } éléments pour l’instant). Ses articles arrivent dans /digest { $mine } et dans ton briefing dès qu’il aura été lu.
  }
source-choose-title = { $typed } contient { $count } flux
source-choose-footer = Ajoutes-en un avec la commande en dessous, ou par son numéro : { $example }.
import-needs-file = /source import a besoin d’un fichier OPML.
import-needs-file-how = Sur Telegram, envoie le fichier avec la légende /source import, ou réponds /source import au fichier ; sur Discord, joins-le dans l’option file.
import-needs-file-next = Exporte d’abord tes abonnements depuis ton lecteur de flux en OPML.
import-added = Ajoutés ({ $count })
import-already = Déjà présents ({ $count })
import-failed = Échecs ({ $count })
import-not-tried = { $count ->
    [one] { $count } flux n’a pas été vérifié : l’import a pris trop de temps. Renvoie /source import avec le fichier pour lui.
   *[other] { $count } flux n’ont pas été vérifiés : l’import a pris trop de temps. Renvoie /source import avec le fichier pour eux.
  }
import-without-url = { $count ->
    [one] { $count } entrée n’avait pas d’adresse de flux (xmlUrl) et a été ignorée.
   *[other] { $count } entrées n’avaient pas d’adresse de flux (xmlUrl) et ont été ignorées.
  }
import-added-next = Leurs articles arrivent dans /digest { $mine } une fois lus. Vois tous les flux avec /source list.
import-see-list = Vois les flux de ce salon avec /source list.
import-title = Import de { $name } : { $added } ajoutés, { $already } déjà présents, { $failed } en échec
import-and-more = …et { $count } de plus

## /sections
sections-title = Rubriques
sections-subtitle = Abonne-toi avec /subscribe <rubrique>
sections-feeds = { $count } flux
sections-failing = { $count } en panne
sections-subscribed = abonné
sections-many-failing = Plus de { $count } flux sont en panne : seuls ceux en panne depuis le plus longtemps sont comptés ici.

## /admin (operators)
admin-unavailable = Les commandes d’opérateur ne sont pas disponibles dans ce processus.
admin-reloaded = Sources rechargées : { $sections } rubriques, { $feeds } flux ({ $added } nouveaux, { $removed } retirés).
admin-reload-others = Chaque autre instance sur le stockage partagé recharge son propre fichier de sources dans les { $seconds } secondes (chacune journalise le résultat).
admin-reload-problems = Le fichier de sources contient des erreurs ; les rubriques utilisées sont inchangées.
admin-and-more = et { $count } de plus
admin-reload-fix = Corrige le fichier, puis renvoie /admin reload.
admin-needs-chat = { $command } a besoin d’un salon.
admin-chat-how = Indique-le sous la forme telegram:<id du chat> ou discord:<id du salon>.
admin-pause-try = Essaie /admin pause telegram:-1001234567890.
admin-not-chat = { $typed } n’est pas un salon.
admin-unknown-chat = { $name } n’est pas un salon auquel newsdesk envoie quelque chose.
admin-unknown-chat-how = Seuls les salons dont les réglages sont enregistrés peuvent être suspendus ou repris.
admin-unknown-chat-next = Vérifie l’identifiant et réessaie.
admin-paused = Les envois vers { $chat } sont suspendus : ni briefings, ni alertes, ni avis sur les flux jusqu’à /admin resume { $chat }.
admin-already-paused = Les envois vers { $chat } étaient déjà suspendus par un opérateur.
admin-cancelled = { $count ->
    [one] { $count } envoi déjà en file pour lui a été annulé.
   *[other] { $count } envois déjà en file pour lui ont été annulés.
  }
admin-resumed = Les envois vers { $chat } reprennent ; son prochain briefing est de nouveau planifié (ce que la suspension a annulé n’est pas envoyé).
admin-not-paused = Les envois vers { $chat } n’étaient pas suspendus.
admin-at-least = au moins { $count }
admin-none = aucun
admin-stats-version = newsdesk { $version }, instance { $instance }, en marche depuis { $uptime }.
admin-stats-chats = Salons : { $chats }.
admin-stats-feeds = Rubriques : { $sections } ; flux : { $feeds }, en panne : { $failing }.
admin-stats-outbox = File d’envoi : { $count } en attente.

## Shared by the digests (texts the core gives them)
mine-title = Tes flux
mine-description = Les flux que ce salon a ajoutés avec /source add

## /follow, /following, /unfollow
follow-limit = Un salon suit au plus { $max } sujets.
follow-rule-length = Un sujet ou un alias : de { $min } à { $max } caractères, dont au moins { $min } lettres ou chiffres (UE, ONU et IA conviennent ; une lettre seule, non).
follow-rule-common = Les mots trop courants pour être suivis seuls (the, and, der, la, el, и…) sont refusés.
follow-rule-prefix = Un * à la fin du dernier mot correspond à tout mot qui commence ainsi, pour les langues à déclinaisons : Путин* correspond à Путина et Путину (et à Путинизм : un préfixe ratisse large). Au moins { $min } lettres avant le * ; le * nulle part ailleurs.
follow-rule-matching = La casse et les accents sont ignorés et les mots comparés entiers : China correspond à CHINA et China's, pas à Chinatown.
follow-prefix-invalid = { $typed } n’est pas un sujet que newsdesk sait reconnaître.
follow-prefix-where = Un * ne peut terminer que le dernier mot d’un nom, comme dans Путин*, pour correspondre à tout mot qui commence ainsi.
follow-prefix-stem = Un mot terminé par * doit avoir au moins { $min } lettres ou chiffres avant le *, sinon il correspondrait à presque tous les articles.
follow-prefix-try-aliases = Essaie /follow Путин* | Putin*.
follow-prefix-try = Essaie /follow Путин*.
follow-rule-aliases = Au plus { $max } alias par sujet.
follow-topic-aliases = { $topic } (aussi appelé { $aliases })
follow-done = Tu suis { $topic }. Tu recevras une alerte quand un nouvel article le mentionne.
follow-already-alias = Tu suis déjà { $alias }, comme alias de { $topic }.
follow-already = Tu suis déjà { $topic }.
follow-change-aliases = Pour changer ses alias : /follow { $topic } | alias | alias.
follow-aliases-added = ajoutés : { $names }
follow-aliases-removed = retirés : { $names }
follow-aliases-changed = Tu suis déjà { $topic } ; ses alias ont changé : { $changes }.
follow-aliases-now = Désormais aussi appelé { $aliases }.
follow-aliases-none = Il n’a plus d’alias.
follow-needs-topic = /follow a besoin d’un sujet.
follow-needs-topic-how = Indique un sujet, puis des alias éventuels après |.
follow-needs-topic-try = Essaie /follow APT31 | Judgement Panda | Zirconium.
follow-too-many-aliases = { $typed } a { $count } alias, plus que les { $max } permis pour un sujet.
follow-keep-aliases = Garde les { $max } plus utiles.
follow-name-too-long = { $typed } est trop long pour être suivi.
follow-name-max = Un sujet ou un alias fait au plus { $max } caractères.
follow-name-shorter = Essaie un nom plus court, p. ex. /follow APT31.
follow-name-no-letters = { $typed } n’est pas un nom : il n’a ni lettres ni chiffres.
follow-name-min = Un sujet ou un alias demande au moins { $min } lettres ou chiffres.
follow-try-apt31 = Essaie /follow APT31.
follow-name-too-short = { $typed } est trop court pour être suivi : il correspondrait à presque tous les articles.
follow-name-min-acronyms = Un sujet ou un alias demande au moins { $min } lettres ou chiffres ; les sigles comme UE ou ONU conviennent.
follow-name-try-longer = Essaie /follow Union européenne.
follow-name-too-common = { $typed } est un mot trop courant pour être suivi : il correspondrait à presque tous les articles.
follow-name-phrase = Suis plutôt un nom ou une expression.
follow-name-try-phrase = Essaie /follow Banque de France.
following-title = Sujets suivis
following-count = { $count } sujets sur { $max }
following-aliases = aussi appelé { $aliases }
following-none = Aucun sujet suivi. Essaie /follow APT31 | Judgement Panda | Zirconium
unfollow-done = Tu ne suis plus { $topic }.
unfollow-unknown = { $typed } n’est pas un sujet que suit ce salon.
unfollow-follows = Il suit { $topics }.
unfollow-follows-none = Il ne suit encore aucun sujet.
unfollow-see-all = Vois-les tous avec /following.
unfollow-follow-one = Suis-en un avec /follow APT31.



## Adapters' refusals (feeds, files, links)
source-private-address = { $typed } est sur un réseau privé, que newsdesk ne consulte pas.
source-private-address-next = Donne l’adresse d’un flux ou d’une page web publics.
source-unreadable = { $typed } n’a pas pu être lu.
source-unreadable-now = { $typed } n’a pas pu être lu pour le moment.
source-unreadable-later = Le site n’a pas répondu à temps ou a renvoyé une erreur : réessaie plus tard.
source-unreadable-check = Vérifie l’adresse : ce doit être un flux ou une page web qui renvoie vers un flux.
file-download-failed = Le fichier n’a pas pu être téléchargé depuis { $platform }.
file-download-again = Renvoie-le dans un instant.
summary-private-address = { $typed } est sur un réseau privé, que newsdesk ne consulte pas.
summary-private-address-next = Envoie le lien d’une page publique, ou l’identifiant d’un article d’un condensé.

terminal-banner = Discussion newsdesk dans le terminal. Tape /help pour les commandes, Ctrl+D pour quitter.
terminal-log-file = Les journaux sont écrits dans { $path }.
terminal-stopping = newsdesk s’arrête : { $count ->
    [one] 1 commande n’a pas été exécutée
   *[other] { $count } commandes n’ont pas été exécutées
  } ({ $commands }).

## Feed health in words
feed-reason-gone = le flux n’existe plus (HTTP 404)
feed-reason-removed = le flux a été supprimé (HTTP 410)
feed-reason-refused = le serveur refuse de le servir (HTTP { $status })
feed-reason-slow-down = le serveur nous demande de ralentir (HTTP 429)
feed-reason-server = le serveur a un problème (HTTP { $status })
feed-reason-status = le serveur a répondu HTTP { $status }
feed-reason-timeout = pas de réponse en { $seconds } s
feed-reason-dns = le nom d’hôte ne se résout pas
feed-reason-connection-refused = le serveur refuse les connexions
feed-reason-connection-cut = la connexion a été coupée
feed-reason-certificate = son certificat HTTPS n’est pas valide
feed-reason-redirect-loop = il redirige en boucle
feed-reason-too-large = le flux dépasse la taille maximale
feed-failing-line = { $feed } : { $reason }, depuis { $age }
feed-failing-line-unhealthy = { $feed } : { $reason }, depuis { $age } (en panne)
feed-moved = déplacé définitivement vers { $url } : le fichier des sources devrait indiquer cette adresse

## Documents, alerts, notices and buttons (branch i18n-documents)
# (messages of briefings/*, src/core/alerts, src/core/digests, adapters' renderers and buttons: added below this line)



## Summaries and follows (sumlang)
summary-title = Résumé
summary-source-model = résumé par le modèle de langage
summary-source-extractive = extrait de l'article (hors ligne)
summary-source-none = le média n'a donné que le titre et le chapeau
summary-extract-language = un extrait en { $article }, la langue de l'article : aucun résumé en { $chat } n'est disponible
summary-extract-own-language = un extrait dans la langue de l'article : aucun résumé en { $chat } n'est disponible
summary-no-text = Cet article n'a pas de texte à résumer.
summary-nothing-more = { $outlet } ne donne rien de plus. L'article : { $url }
summary-invalid-article = « { $typed } » n'est ni un identifiant d'article ni un lien. Donne l'identifiant de 12 caractères affiché sous un article d'un condensé, ou un lien commençant par https://. Essaie /summary 5b0f15c8dcaf.
summary-unknown-id = « { $typed } » n'est pas l'identifiant d'un article enregistré. Les identifiants viennent des condensés, et les articles expirent au bout d'un moment. Essaie /latest pour les articles récents et leurs identifiants.
summary-unreadable-link = « { $typed } » n'a pas pu être lu comme un article. La page est peut-être injoignable, n'est pas un article ou n'est pas autorisée. Envoie le lien d'une page d'article, ou l'identifiant d'un article d'un condensé.
summary-links-limit-person = Dans l'heure écoulée, tu as demandé { $limit ->
    [one] { $limit } résumé
   *[other] { $limit } résumés
  } de liens que newsdesk n'avait pas enregistrés, le maximum pour une personne. Les articles des condensés ne sont pas limités. Réessaie dans { $minutes } min, ou donne l'identifiant d'un article d'un condensé.
summary-links-limit-chat = Dans l'heure écoulée, ce chat a demandé { $limit ->
    [one] { $limit } résumé
   *[other] { $limit } résumés
  } de liens que newsdesk n'avait pas enregistrés, le maximum pour un chat. Les articles des condensés ne sont pas limités. Réessaie dans { $minutes } min, ou donne l'identifiant d'un article d'un condensé.
# Dates under a header and on each story
dates-published = publié { $time }
dates-range = le plus récent { $newest }, le plus ancien { $oldest }
dates-all-undated = sans date
dates-undated = { $count } sans date
story-date-unknown = date inconnue

# Digests, /more and /latest
digest-empty = Pas encore d’articles dans { $section }. Les nouveaux arrivent à mesure que les flux sont consultés.
digest-empty-since = Rien de nouveau dans { $section } depuis { $time }.
feeds-loading = Les flux sont encore en cours de chargement : newsdesk vient de démarrer et les lit pour la première fois. Réessaie dans une minute.
digest-no-sources = Ce salon n’a pas encore de flux à lui.
digest-no-sources-add = Ajoutes-en un avec /source add et l’adresse d’un flux ou d’une page web.
digest-no-sources-try = Essaie /source add https://example.org/feed.xml.
digest-nothing-to-continue = Il n’y a pas ici de condensé { $section } des dernières 24 heures à poursuivre.
digest-start-one = Lances-en un avec /digest { $id }.
digest-all-seen = Tu as vu tous les articles du dernier condensé { $section }.
digest-see-since = Vois ce qui est arrivé depuis avec /digest { $id }.
latest-title = Derniers articles
latest-scope-yours = tes rubriques
latest-scope-all = toutes les rubriques
latest-empty = Pas encore d’articles. Ils arrivent à mesure que les flux sont consultés.

# Briefings
briefing-section-empty = Rien de nouveau dans { $section }.
briefing-follows-heading = Sujets que tu suis
briefing-nothing-since = Rien depuis { $time }
briefing-more = Plus : { $list }
briefing-more-entry = { $section } ({ $count }) /more { $id }
briefing-nothing-set-up = Ce salon n’a encore ni rubriques ni sujets suivis. Voir /sections et /follow.

# Follow alerts
alert-title = Alerte de suivi
alert-batch-title = Autres articles sur les sujets que tu suis
alert-batch-held = { $count ->
    [one] { $count } article retenu
   *[other] { $count } articles retenus
  } pour ne pas inonder ce salon
alert-batch-more = { $count ->
    [one] { $count } autre article non listé.
   *[other] { $count } autres articles non listés.
  }
alert-name-alias = { $name }, aussi appelé { $topic },
alert-reason-title = mentionne { $name } dans le titre
alert-reason-tags = mentionne { $name } dans ses mots-clés
alert-reason-summary = mentionne { $name } dans le résumé
alert-reason-body = mentionne { $name } dans le texte de l’article

# Feed health notices
notice-failing-title = Flux en panne : { $feed }
notice-failing-line = Le flux { $feed } ({ $section }) est tombé en panne { $age } et l’est toujours
notice-failing-detail = Raison : { $reason }. Ses articles manquent aux condensés de cette rubrique jusqu’à ce qu’il refonctionne ; tu en seras averti. L’opérateur a été prévenu dans les journaux.
notice-recovered-title = Flux de nouveau en service : { $feed }
notice-recovered-line = Le flux { $feed } ({ $section }) fonctionne de nouveau
notice-recovered-detail = Il a été en panne pendant { $span } ; ses nouveaux articles sont de retour dans les condensés de cette rubrique.
notice-opt-out = Désactive ces avis avec /status off.

# Words the renderers put around a story
label-why = Pourquoi
label-more-sources = +{ $count } de plus
label-untitled = (sans titre)
label-source = source
label-also = aussi
label-feed = flux

# Buttons (one style: a verb, then what it acts on)
button-summary = Résumé { $number }
button-summary-of = Résumé : { $title }
button-follow = Suivre { $topic }
button-more = Plus de { $section }
button-unsubscribe = Se désabonner de { $section }
button-follow-prompt = Suivre un sujet…
button-unsubscribe-prompt = Se désabonner…
button-stale = Ce bouton ne fonctionne plus. Tape /help pour voir les commandes.
button-expired = Ce bouton ne fonctionne plus. Utilise /help pour voir ce que fait newsdesk.
button-story-gone = Cet article n’est plus conservé, il n’y a donc aucun sujet à suivre.
unsubscribe-placeholder = Rubrique dont se désabonner
unsubscribe-which = Quelle rubrique ne doit plus être livrée ici ?
follow-modal-title = Suivre un sujet
follow-modal-label = Sujet, puis autres noms après |

# Adapters' refusals
channel-not-visible = { $typed } n’est pas un canal que je vois.
channel-not-visible-why = Je ne peux agir que dans les canaux où je suis administrateur autorisé à publier.
channel-not-visible-next = Ajoute-moi là-bas, puis réessaie.
channel-not-channel = { $typed } n’est pas un canal.
channel-not-channel-why = Seuls des canaux se nomment après une commande.
channel-not-channel-next = Pour un groupe, envoie la commande dans le groupe lui-même.
channel-only-admins = Seuls les administrateurs de { $title } peuvent y utiliser /{ $command }.
channel-anyone-reads = Tout le monde peut le lire.
file-not-downloaded = Le fichier n’a pas pu être téléchargé depuis Telegram.
file-send-again = Renvoie-le dans un instant.
file-not-on-discord = Ce fichier n’est pas sur le serveur de fichiers de Discord.
file-attach-itself = Joins le fichier lui-même à la commande.
command-gone = { $typed } n’est plus une commande de newsdesk.
command-gone-why = Les commandes changent quand newsdesk est mis à jour.
command-gone-next = Tape / pour voir les commandes actuelles.
slow-down = Tu envoies des commandes plus vite que newsdesk ne peut y répondre, les dernières ont donc été ignorées. Attends les réponses, puis réessaie.
missing-permissions = Je ne peux pas encore publier dans { $place ->
    [thread] ce fil
   *[channel] ce salon
  } : il me manque { $permissions }.
missing-permissions-ask = Demande à un administrateur du serveur de donner à newsdesk { $count ->
    [one] cette permission
   *[other] ces permissions
  } ici, puis réessaie.
unsubscribe-nothing = { $place ->
    [private] Cette discussion n’a
    [thread] Ce fil n’a
   *[channel] Ce salon n’a
  } aucun abonnement, il n’y a donc rien à résilier. Vois les rubriques avec /sections.
channel-need-rights = Je dois être administrateur de { $title } avec le droit de publier des messages.
