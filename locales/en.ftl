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
# Dates under a header and on each story
dates-published = published { $time }
dates-range = newest { $newest }, oldest { $oldest }
dates-all-undated = undated
dates-undated = { $count } undated
story-date-unknown = date unknown

# Digests, /more and /latest
digest-empty = No { $section } stories yet. New ones arrive as the feeds are polled.
digest-empty-since = Nothing new in { $section } since { $time }.
feeds-loading = Feeds are still loading: newsdesk has just started and is reading them for the first time. Try again in a minute.
digest-no-sources = This chat has no feeds of its own yet.
digest-no-sources-add = Add one with /source add and the address of a feed or web page.
digest-no-sources-try = Try /source add https://example.org/feed.xml.
digest-nothing-to-continue = There is no { $section } digest of the last 24 hours to continue here.
digest-start-one = Start one with /digest { $id }.
digest-all-seen = You have seen every story of the last { $section } digest.
digest-see-since = See what arrived since with /digest { $id }.
latest-title = Latest stories
latest-scope-yours = your sections
latest-scope-all = all sections
latest-empty = No stories yet. They arrive as the feeds are polled.

# Briefings
briefing-section-empty = Nothing new in { $section }.
briefing-follows-heading = Topics you follow
briefing-nothing-since = Nothing since { $time }
briefing-more = More: { $list }
briefing-more-entry = { $section } ({ $count }) /more { $id }
briefing-nothing-set-up = This chat has no sections or follows yet. See /sections and /follow.

# Follow alerts
alert-title = Follow alert
alert-batch-title = More stories about topics you follow
alert-batch-held = { $count ->
    [one] { $count } story
   *[other] { $count } stories
  } held back to avoid flooding this chat
alert-batch-more = { $count ->
    [one] { $count } more story
   *[other] { $count } more stories
  } not listed.
alert-name-alias = { $name }, also known as { $topic },
alert-reason-title = mentions { $name } in the title
alert-reason-tags = mentions { $name } in its tags
alert-reason-summary = mentions { $name } in the summary
alert-reason-body = mentions { $name } in the article text

# Feed health notices
notice-failing-title = Feed failing: { $feed }
notice-failing-line = { $feed } ({ $section }) has been failing since { $age }
notice-failing-detail = Reason: { $reason }. Its stories are missing from this section's digests until it works again; you will be told when it does. The operator has been told in the logs.
notice-recovered-title = Feed working again: { $feed }
notice-recovered-line = { $feed } ({ $section }) works again
notice-recovered-detail = It had been failing for { $span }; its new stories are back in this section's digests.
notice-opt-out = Turn these notices off with /status off.

# Words the renderers put around a story
label-why = Why
label-more-sources = +{ $count } more
label-untitled = (untitled)
label-source = source
label-also = also
label-feed = feed

# Buttons (one style: a verb, then what it acts on)
button-summary = Summary { $number }
button-summary-of = Summary: { $title }
button-follow = Follow { $topic }
button-more = More from { $section }
button-unsubscribe = Unsubscribe from { $section }
button-follow-prompt = Follow a topic…
button-unsubscribe-prompt = Unsubscribe…
button-stale = This button no longer works. Type /help to see the commands.
button-expired = This button no longer works. Use /help to see what newsdesk can do.
button-story-gone = That story is no longer stored, so there is no topic to follow.
unsubscribe-placeholder = Section to unsubscribe from
unsubscribe-which = Which section should no longer be delivered here?
follow-modal-title = Follow a topic
follow-modal-label = Topic, then aliases after |

# Adapters' refusals
channel-not-visible = { $typed } is not a channel I can see.
channel-not-visible-why = I can act only in channels where I am an administrator who may post messages.
channel-not-visible-next = Add me there, then try again.
channel-not-channel = { $typed } is not a channel.
channel-not-channel-why = Only channels are named after a command.
channel-not-channel-next = For a group, send the command in the group itself.
channel-only-admins = Only administrators of { $title } can use /{ $command } for it.
channel-anyone-reads = Anyone can read it.
file-not-downloaded = The file could not be downloaded from Telegram.
file-send-again = Send it again in a moment.
file-not-on-discord = That file is not on Discord's file server.
file-attach-itself = Attach the file itself to the command.
command-gone = { $typed } is not a newsdesk command any more.
command-gone-why = Commands change when newsdesk is updated.
command-gone-next = Type / to see the current ones.
slow-down = You are sending commands faster than newsdesk can answer them, so the latest ones were skipped. Wait for the answers, then try again.
missing-permissions = I can't post in { $place ->
    [thread] this thread
   *[channel] this channel
  } yet: I'm missing { $permissions }.
missing-permissions-ask = Ask a server admin to give newsdesk { $count ->
    [one] that permission
   *[other] those permissions
  } here, then try again.
unsubscribe-nothing = { $place ->
    [private] This chat has
    [thread] This thread has
   *[channel] This channel has
  } no subscriptions, so there is nothing to unsubscribe from. See the sections with /sections.
channel-need-rights = I need to be an administrator of { $title } with the right to post messages.
