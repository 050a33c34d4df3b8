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
language-option = Un code de langue, p. ex. de, es, fr, ru ou en
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
apology = Désolé, un problème est survenu de notre côté. Veuillez réessayer dans une minute.
plain-text-hint = Envoyez une commande comme /digest ou /help.
plain-text-hint-discord = Tapez / et choisissez une commande, comme /digest ou /help. Un lien envoyé ici reçoit son résumé.
command-unknown = { $typed } n’est pas une commande.
did-you-mean = Vouliez-vous dire { $suggestions } ?
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
only-managers-ask = Demandez à l’un d’eux de le faire.

## Commands: answers and refusals (branch i18n-commands)
# (messages of commands/*.ts and src/core/commands, chats: added below this line)



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
feeds-loading = Les flux sont encore en cours de chargement : newsdesk vient de démarrer et les lit pour la première fois. Réessayez dans une minute.
digest-no-sources = Ce salon n’a pas encore de flux à lui.
digest-no-sources-add = Ajoutez-en un avec /source add et l’adresse d’un flux ou d’une page web.
digest-no-sources-try = Essayez /source add https://example.org/feed.xml.
digest-nothing-to-continue = Il n’y a pas ici de condensé { $section } des dernières 24 heures à poursuivre.
digest-start-one = Lancez-en un avec /digest { $id }.
digest-all-seen = Vous avez vu tous les articles du dernier condensé { $section }.
digest-see-since = Voyez ce qui est arrivé depuis avec /digest { $id }.
latest-title = Derniers articles
latest-scope-yours = vos rubriques
latest-scope-all = toutes les rubriques
latest-empty = Pas encore d’articles. Ils arrivent à mesure que les flux sont consultés.

# Briefings
briefing-section-empty = Rien de nouveau dans { $section }.
briefing-follows-heading = Sujets que vous suivez
briefing-nothing-since = Rien depuis { $time }
briefing-more = Plus : { $list }
briefing-more-entry = { $section } ({ $count }) /more { $id }
briefing-nothing-set-up = Ce salon n’a encore ni rubriques ni sujets suivis. Voir /sections et /follow.

# Follow alerts
alert-title = Alerte de suivi
alert-batch-title = Autres articles sur les sujets que vous suivez
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
notice-failing-detail = Raison : { $reason }. Ses articles manquent aux condensés de cette rubrique jusqu’à ce qu’il refonctionne ; vous en serez averti. L’opérateur a été prévenu dans les journaux.
notice-recovered-title = Flux de nouveau en service : { $feed }
notice-recovered-line = Le flux { $feed } ({ $section }) fonctionne de nouveau
notice-recovered-detail = Il a été en panne pendant { $span } ; ses nouveaux articles sont de retour dans les condensés de cette rubrique.
notice-opt-out = Désactivez ces avis avec /status off.

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
button-stale = Ce bouton ne fonctionne plus. Tapez /help pour voir les commandes.
button-expired = Ce bouton ne fonctionne plus. Utilisez /help pour voir ce que fait newsdesk.
button-story-gone = Cet article n’est plus conservé, il n’y a donc aucun sujet à suivre.
unsubscribe-placeholder = Rubrique dont se désabonner
unsubscribe-which = Quelle rubrique ne doit plus être livrée ici ?
follow-modal-title = Suivre un sujet
follow-modal-label = Sujet, puis autres noms après |

# Adapters' refusals
channel-not-visible = { $typed } n’est pas un canal que je vois.
channel-not-visible-why = Je ne peux agir que dans les canaux où je suis administrateur autorisé à publier.
channel-not-visible-next = Ajoutez-moi là-bas, puis réessayez.
channel-not-channel = { $typed } n’est pas un canal.
channel-not-channel-why = Seuls des canaux se nomment après une commande.
channel-not-channel-next = Pour un groupe, envoyez la commande dans le groupe lui-même.
channel-only-admins = Seuls les administrateurs de { $title } peuvent y utiliser /{ $command }.
channel-anyone-reads = Tout le monde peut le lire.
file-not-downloaded = Le fichier n’a pas pu être téléchargé depuis Telegram.
file-send-again = Renvoyez-le dans un instant.
file-not-on-discord = Ce fichier n’est pas sur le serveur de fichiers de Discord.
file-attach-itself = Joignez le fichier lui-même à la commande.
command-gone = { $typed } n’est plus une commande de newsdesk.
command-gone-why = Les commandes changent quand newsdesk est mis à jour.
command-gone-next = Tapez / pour voir les commandes actuelles.
slow-down = Vous envoyez des commandes plus vite que newsdesk ne peut y répondre, les dernières ont donc été ignorées. Attendez les réponses, puis réessayez.
missing-permissions = Je ne peux pas encore publier dans { $place ->
    [thread] ce fil
   *[channel] ce salon
  } : il me manque { $permissions }.
missing-permissions-ask = Demandez à un administrateur du serveur de donner à newsdesk { $count ->
    [one] cette permission
   *[other] ces permissions
  } ici, puis réessayez.
unsubscribe-nothing = { $place ->
    [private] Cette discussion n’a
    [thread] Ce fil n’a
   *[channel] Ce salon n’a
  } aucun abonnement, il n’y a donc rien à résilier. Voyez les rubriques avec /sections.
channel-need-rights = Je dois être administrateur de { $title } avec le droit de publier des messages.
