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
