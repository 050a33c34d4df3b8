# newsdesk's English catalogue: every message of every other catalogue exists here first.
# A message id is kebab-case; { $name } is a placeholder the code fills in.
# Command descriptions appear in /help, Telegram's command menu and Discord's command list
# (Discord: at most 100 characters).

## Command descriptions
command-digest = Top stories of a section since your last digest
command-more = The next stories of your last digest of a section
command-briefing = Your briefing now, or set its time: /briefing 07:00 Europe/London weekdays, /briefing off
command-latest = The newest stories from your sections
command-summary = Summarise an article: give its id (from a digest) or its link
command-sections = List the news sections you can subscribe to
command-subscribe = Subscribe this chat to a section's digests and morning briefing
command-unsubscribe = Unsubscribe this chat from a section
command-subscriptions = Show this chat's sections, follows, briefing time, quiet hours and language
command-source = Your own feeds: /source add <url> [name], list, remove <name>, export or import (OPML)
command-follow = Get an alert when a story mentions a topic, e.g. APT31 | Judgement Panda | Zirconium
command-unfollow = Stop alerts for a followed topic
command-following = List the topics this chat follows
command-quiet = Hold follow alerts during quiet hours, e.g. /quiet 22:00-07:00; /quiet off
command-language = The language of this chat's replies: /language de; /language alone shows it
command-status = Show the health of this chat's feeds, its next briefing, and feed notices
command-help = What newsdesk can do; /help <command> for one command's options and limits
command-admin = Operators only: stats, reload the sources file, pause or resume a chat

## /help
help-subtitle = News briefings: section digests, summaries and follow alerts.
help-footer = Options and limits of one command: /help follow

## /language
language-option = A language code, e.g. de, es, fr, ru or en
language-current = This chat's language is { $name } ({ $code }). Languages: { $list }. Change it with /language <code>.
language-set = From now on newsdesk answers this chat in { $name } ({ $code }).
language-unknown = "{ $typed }" is not a language newsdesk speaks. Languages: { $list }. Try /language { $example }.

## Digest and briefing headers
story-count = { $count ->
    [one] { $count } story
   *[other] { $count } stories
  }
digest-title = { $section } digest
digest-title-continued = { $section } digest, continued
digest-first-page = { $shown } of { $total } stories
digest-later-page = { $count ->
    [one] story { $first }
   *[other] stories { $first }–{ $last }
  } of { $total }
digest-more = { $count ->
    [one] { $count } more story
   *[other] { $count } more stories
  }: /more { $section }
briefing-title = Your briefing — { $date }

## Answers every command shares
apology = Sorry, something went wrong on our side. Please try again in a minute.
plain-text-hint = Send a command such as /digest or /help.
plain-text-hint-discord = Type / and pick a command, such as /digest or /help. A link sent here gets its summary.
command-unknown = { $typed } is not a command.
did-you-mean = Did you mean { $suggestions }?
command-see-help = See every command with /help.
managers-of-chat = { $kind ->
    [group] administrators of this group
    [channel] administrators of this channel
   *[other] administrators of this chat
  }
managers-discord = members with the Manage Channels permission
only-managers = Only { $managers } can use { $command } here.
only-managers-change = Only { $managers } can make changes with { $command } here.
only-managers-anyone = Anyone can use /digest, /latest, /sections and /summary.
only-managers-ask = Ask one of them to do it.

## Commands: answers and refusals (branch i18n-commands)
# (messages of commands/*.ts and src/core/commands, chats: added below this line)



## Documents, alerts, notices and buttons (branch i18n-documents)
# (messages of briefings/*, src/core/alerts, src/core/digests, adapters' renderers and buttons: added below this line)



## Summaries and follows (sumlang)
summary-title = Summary
summary-source-model = summarised by the language model
summary-source-extractive = extractive summary (offline)
summary-source-none = the outlet gave only the headline and teaser
summary-extract-language = an extract in { $article }, the article's language: no summary in { $chat } is available
summary-extract-own-language = an extract in the article's own language: no summary in { $chat } is available
summary-no-text = This article has no text to summarise.
summary-nothing-more = Nothing more is available from { $outlet }. The article: { $url }
summary-invalid-article = "{ $typed }" is not an article id or a link. Give the 12-character id printed under a story in a digest, or a link starting with https://. Try /summary 5b0f15c8dcaf.
summary-unknown-id = "{ $typed }" is not the id of a stored story. Ids come from digests, and stories expire after a while. Try /latest for current stories and their ids.
summary-unreadable-link = "{ $typed }" could not be read as an article. The page may be unreachable, not an article, or not allowed. Send the link of an article page, or the id of a story from a digest.
summary-links-limit-person = In the past hour you have asked for { $limit ->
    [one] { $limit } summary
   *[other] { $limit } summaries
  } of links newsdesk had not stored, the most one person may. Stories from digests are not limited. Try again in { $minutes } min, or give the id of a story from a digest.
summary-links-limit-chat = In the past hour this chat has asked for { $limit ->
    [one] { $limit } summary
   *[other] { $limit } summaries
  } of links newsdesk had not stored, the most one chat may. Stories from digests are not limited. Try again in { $minutes } min, or give the id of a story from a digest.
