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

## Command options: refusals (src/core/commands/command-options.ts)
option-line-too-long = { $typed } is too long.
option-line-limit = A command takes at most { $max } characters.
option-shorten = Shorten it and send it again.
option-the-command = the command
option-this-command = This command
option-extra = { $typed } is more than { $command } takes.
option-takes-nothing = { $command } takes nothing after its name.
option-takes = { $command } takes { $usage }.
option-nothing = nothing
option-usage-required = <{ $label }>
option-usage-optional = [{ $label }]
option-usage-join = { $first } { $rest }
option-missing = { $command } needs { $label }.
option-file-is-not = A file is not { $label }.
option-give-as-text = Give the { $label } as text.
option-not-file = { $typed } is not a file.
option-attach = Attach the { $label } to the command.
option-too-long = { $typed } is too long for { $label }.
option-max-characters = Use at most { $max } characters.
option-not-choice = { $typed } is not a valid { $label }.
option-choose = { $count ->
    [one] Choose { $choices }.
   *[other] Choose one of { $choices }.
  }
option-not-integer = { $typed } is not a whole number.
option-integer-as = Give the { $label } as a whole number.
option-integer-as-range = Give the { $label } as a whole number { $range }.
option-out-of-range = { $typed } is out of range for the { $label }.
option-give-integer = Give a whole number { $range }.
option-range = from { $min } to { $max }
option-range-min = of at least { $min }
option-range-max = of at most { $max }
option-not-boolean = { $typed } is not yes or no.
option-give-boolean = Give yes or no for the { $label }.
option-try = Try { $example }.
option-see-help = See /help { $command }.

## /help <command>
help-options = Options
help-limits = Limits
help-required = required
help-optional = optional
help-whole-number = a whole number
help-whole-number-range = a whole number { $range }
help-file = a file sent with the command
help-one-of = one of { $choices }
help-max-characters = at most { $max } characters
help-example = Example: { $example }
help-managers-only = In groups and channels, only those who manage the chat may use it.
help-operators-only = Only the operators in OWNER_IDS may use it.

## Options: descriptions (Discord shows them, /help too; at most 100 characters) and labels
## (what the value is, in the user's words; form "a": with an indefinite article where the language has one)
option-digest-section = Section, e.g. politics, or mine for your own feeds (default: your first subscription)
option-digest-section-label = { $form ->
    [a] a section
   *[bare] section
  }
option-more-section = Section, e.g. politics (default: your first subscription)
option-more-section-label = { $form ->
    [a] a section
   *[bare] section
  }
option-briefing-schedule = HH:MM [Area/City] [daily|weekdays|weekends], or off
option-briefing-schedule-label = { $form ->
    [a] a briefing time
   *[bare] briefing time
  }
option-latest-count = How many stories (1-20, default 10)
option-latest-count-label = { $form ->
    [a] a number of stories
   *[bare] number of stories
  }
option-summary-article = Article id from a digest, or the article's link
option-summary-article-label = { $form ->
    [a] an article id or link
   *[bare] article id or link
  }
option-subscribe-section = Section to subscribe to, e.g. politics
option-subscribe-section-label = { $form ->
    [a] a section
   *[bare] section
  }
option-unsubscribe-section = Section to unsubscribe from
option-unsubscribe-section-label = { $form ->
    [a] a section
   *[bare] section
  }
option-source-action = add, list, remove, export or import
option-source-action-label = { $form ->
    [a] an action
   *[bare] action
  }
option-source-target = Feed or web page URL (and a name), or the name to remove
option-source-target-label = { $form ->
    [a] a feed
   *[bare] feed
  }
option-source-file = An OPML subscription list, for /source import
option-source-file-label = { $form ->
    [a] an OPML file
   *[bare] OPML file
  }
option-follow-topic = Topic, then optional aliases after |, e.g. APT31 | Zirconium
option-follow-topic-label = { $form ->
    [a] a topic
   *[bare] topic
  }
option-unfollow-topic = The topic or one of its aliases
option-unfollow-topic-label = { $form ->
    [a] a topic
   *[bare] topic
  }
option-quiet-hours = HH:MM-HH:MM in the chat's time zone, or off
option-quiet-hours-label = { $form ->
    [a] quiet hours
   *[bare] quiet hours
  }
option-language-code = A language code, e.g. de, es, fr, ru or en
option-language-code-label = { $form ->
    [a] a language code
   *[bare] language code
  }
option-status-notices = Turn notices about failing feeds of this chat's sections on or off
option-status-notices-label = { $form ->
    [a] a notices setting
   *[bare] notices
  }
option-help-command = A command to explain, e.g. follow
option-help-command-label = { $form ->
    [a] a command
   *[bare] command
  }
option-admin-action = stats, reload, pause or resume
option-admin-action-label = { $form ->
    [a] an action
   *[bare] action
  }
option-admin-chat = For pause and resume: telegram:<chat id> or discord:<channel id>
option-admin-chat-label = { $form ->
    [a] a chat
   *[bare] chat
  }

## /briefing: schedules
schedule = { $time } { $zone }, { $days }
schedule-off = off
schedule-daily = daily
schedule-weekdays = weekdays
schedule-weekends = weekends
schedule-days = { $days }
schedule-not-time = { $typed } is not a time.
schedule-time-how = Give a time like 07:00, then optionally a time zone and days.
schedule-time-try = Try /briefing 07:00 Europe/London weekdays, or /briefing off.
schedule-not-zone = { $typed } is not a time zone or days.
schedule-zone-how = Time zones look like Europe/London or America/New_York; days are daily, weekdays, weekends or mon,wed,fri.
schedule-zone-try = Try /briefing 07:00 Europe/London weekdays.
briefing-set = Morning briefing set: { $schedule }.
briefing-subscribe-first = Subscribe to a section first: /sections.
briefing-off = Morning briefing is off. Turn it back on with /briefing on.
briefing-scheduled = Scheduled: { $schedule }. Change it with /briefing 07:00 Europe/London, or /briefing off.

## /subscriptions
subscriptions-title = This chat's subscriptions
subscriptions-when = When
subscriptions-briefing = Morning briefing: { $schedule }
subscriptions-briefing-change = Change it with /briefing 07:00 Europe/London weekdays, or /briefing off.
subscriptions-quiet = Quiet hours: { $start }-{ $end } { $zone }: alerts are held and arrive together afterwards
subscriptions-quiet-none = Quiet hours: none: alerts arrive as they come
subscriptions-quiet-change = Change them with /quiet 22:00-07:00, or /quiet off.
subscriptions-language = Language: { $name } ({ $code })
subscriptions-language-change = Change it with /language <code>, e.g. /language de.
subscriptions-sections = Sections ({ $count } of { $max })
subscriptions-follows = Follows ({ $count } of { $max })
subscriptions-aliases = also: { $aliases }
subscriptions-no-sections = No sections yet. See /sections, then /subscribe <section>.
subscriptions-no-follows = Not following any topic. Try /follow APT31 | Judgement Panda.
section-gone = { $id } (no longer offered)
chat-paused = Deliveries are paused: { $reason }
chat-paused-by-operator = Deliveries are paused: paused by the operator

## /status
status-title = Status of this chat
status-notices-on = Feed notices on.
status-notices-off = Feed notices off.
status-notices-on-already = Feed notices on (already).
status-notices-off-already = Feed notices off (already).
status-deliveries = Deliveries
status-briefing-next = Morning briefing: { $schedule }; next { $next }
status-follows = Follows: { $count } of { $max }
status-notices-title-on = Feed notices: on
status-notices-title-off = Feed notices: off
status-notices-explain-on = This chat is told once when a feed of its sections has been failing for a while, and once when it works again. /status off turns that off.
status-notices-explain-off = /status on tells this chat when a feed of its sections fails for a while.
status-sections = Sections ({ $count })
status-feeds-working = { $count ->
    [one] { $count } feed, all working
   *[other] { $count } feeds, all working
  }
status-feeds-failing = { $count ->
    [one] { $count } feed
   *[other] { $count } feeds
  }, { $failing } failing
feeds-more = { $count } more

## /quiet
quiet-current = Quiet hours: { $start }-{ $end } ({ $zone }). Alerts during them arrive together when they end.
quiet-none = No quiet hours. Set them with /quiet 22:00-07:00 (in this chat's time zone).
quiet-off = Quiet hours off: alerts arrive as they come.
quiet-invalid = { $typed } is not quiet hours.
quiet-invalid-how = Give a start and an end like 22:00-07:00, in this chat's time zone.
quiet-invalid-try = Try /quiet 22:00-07:00, or /quiet off.
quiet-same = { $typed } starts and ends at the same time.
quiet-same-how = Quiet hours need two different times.
quiet-same-try = Try /quiet 22:00-07:00.
quiet-set = Quiet hours set: { $start }-{ $end } ({ $zone }). Alerts during them arrive together when they end.

## /subscribe, /unsubscribe, /digest, /more
subscribe-done = Subscribed to { $section }. Try /digest { $id } now; it is also in your morning briefing.
subscribe-already = This chat is already subscribed to { $section }.
subscribe-limit = A chat has at most { $max } sections.
subscribe-limit-reached = { $count ->
    [one] This chat already has { $count } section, the most allowed.
   *[other] This chat already has { $count } sections, the most allowed.
  }
subscribe-limit-next = Unsubscribe from one first: /subscriptions lists them, /unsubscribe <section> removes one.
unsubscribe-done = Unsubscribed from { $section }.
unsubscribe-not = This chat is not subscribed to { $section }. /subscriptions lists its sections.
digest-no-section = /digest needs a section: this chat has no subscriptions yet.
digest-name-section = Name a section, or subscribe to one.
digest-try = Try /digest politics, or see /sections.
more-no-section = /more needs a section: this chat has no subscriptions yet.
more-name-section = Name the section of your last digest.
more-try = Try /more politics.
more-limit = Pages on from a digest or briefing of the last { $hours } hours, { $count } stories at a time.
section-unknown = { $typed } is not a section.
section-list = Sections are { $sections }.
section-none = No sections are configured.
section-see-all = See them all with /sections.

## /source
source-no-feed = { $typed } is not a feed, and no feed was found on that page.
source-feed-how = Give the address of an RSS, Atom or JSON feed.
source-add-try = Try /source add https://example.org/feed.xml.
source-numbered = { $count ->
    [one] That page has { $count } feed, numbered 1.
   *[other] That page has { $count } feeds, numbered 1 to { $count }.
  }
source-total-full = newsdesk already polls as many chat-added feeds as it is set up for.
source-total-next = Add a feed another chat already uses, or ask the operator.
source-unknown = { $typed } is not one of this chat's feeds.
source-names = They are { $names }.
source-none-added = This chat has added no feeds.
source-see-list = See them with /source list.
source-chat-full = { $count ->
    [one] This chat already has { $count } feed of its own, the most allowed.
   *[other] This chat already has { $count } feeds of its own, the most allowed.
  }
source-chat-full-next = Remove one first: /source list shows them, /source remove <name> removes one.
source-not-url = { $typed } is not a web address.
source-url-how = Give an http:// or https:// address of a feed or a web page.
source-choice-expired = These feeds are no longer offered (a choice lasts an hour).
source-choice-expired-next = Send /source add with the page's address again.
source-choice-elsewhere = These feeds were offered in another chat.
source-choice-elsewhere-next = Send /source add here to add a feed to this chat.
follow-limit-reached = { $count ->
    [one] This chat already follows { $count } topic, the most allowed.
   *[other] This chat already follows { $count } topics, the most allowed.
  }
follow-limit-next = Unfollow one first: /following lists them, /unfollow <topic> stops one.
source-export-none = This chat has no feeds of its own to export. Add one with /source add https://example.org/feed.xml.
source-export-caption = { $count ->
    [one] This chat's { $count } own feed as OPML. Another chat adds them with /source import and this file.
   *[other] This chat's { $count } own feeds as OPML. Another chat adds them with /source import and this file.
  }

## /source import
import-too-many = { $typed } lists more than { $max } feeds.
import-too-many-how = A file may list at most { $max }, and this chat may have { $chatMax }.
import-shorter = Send a shorter list.
import-no-feeds = { $typed } lists no feeds.
import-no-feeds-how = An OPML subscription list has outlines with an xmlUrl.
import-no-feeds-next = Export your list from your feed reader as OPML and send it with /source import.
import-page-feeds = a web page with { $count } feeds; add the one you want with /source add
import-unavailable = OPML files are not available here.
import-unavailable-next = Add feeds one by one with /source add.
import-not-opml = { $typed } is not an OPML file.
import-not-opml-how = Send the subscription list your feed reader exports as OPML (.opml, UTF-8).
import-not-opml-next = Attach it to /source import.
import-too-large = { $typed } is too large.
import-too-large-how = An OPML file for /source import may have at most { $max } KiB.
import-needs-file = /source import needs an OPML file.
import-needs-file-how = On Telegram, send the file with the caption /source import, or reply /source import to the file; on Discord, attach it in the file option.
import-needs-file-next = Export your subscriptions from your feed reader as OPML first.
import-added = Added ({ $count })
import-already = Already there ({ $count })
import-failed = Failed ({ $count })
import-not-tried = { $count } feeds were not checked: the import took too long. Send /source import with the file again for them.
import-without-url = { $count } entries had no feed address (xmlUrl) and were skipped.
import-added-next = Their stories arrive in /digest { $mine } once read. See every feed with /source list.
import-see-list = See this chat's feeds with /source list.
import-title = Import of { $name }: { $added } added, { $already } already there, { $failed } failed
import-and-more = …and { $count } more
source-limit = A chat has at most { $max } feeds of its own; a name is at most { $name } characters.
source-limit-admins = Only administrators of a group or channel add, remove or import its feeds.
source-limit-opml = /source export sends this chat's feeds as an OPML file. /source import adds the feeds of an OPML file (at most { $kib } KiB and { $feeds } feeds; checking stops after { $minutes } minutes): on Telegram send the file with the caption /source import, or reply /source import to it; on Discord attach it to the file option.
source-not-read = not read yet
source-list-none = This chat has no feeds of its own. Add one with /source add https://example.org/feed.xml.
source-list-title = Your own feeds ({ $count } of { $max })
source-list-footer = Their stories: /digest { $mine }. Remove one with /source remove <name>.
source-add-needs = /source add needs a feed or web page address.
source-remove-needs = { $command } needs the name or address of one of this chat's feeds.
source-removed = Removed { $name } ({ $url }) from this chat's feeds.
source-already = This chat already has that feed, as { $name }. See its stories with /digest { $mine }.
source-added = { $count ->
    [one] Added { $name } ({ $url }, { $count } item now). Its stories arrive in /digest { $mine } and your briefing once it has been read.
   *[other] Added { $name } ({ $url }, { $count } items now). Its stories arrive in /digest { $mine } and your briefing once it has been read.
  }
source-choose-title = { $typed } has { $count } feeds
source-choose-footer = Add one with the command under it, or by its number: { $example }.

## /sections
sections-title = Sections
sections-subtitle = Subscribe with /subscribe <section>
sections-feeds = { $count ->
    [one] { $count } feed
   *[other] { $count } feeds
  }
sections-failing = { $count } failing
sections-subscribed = subscribed
sections-many-failing = More than { $count } feeds are failing: the longest failing are counted here.

## /admin (operators)
admin-unavailable = Operator controls are not available in this process.
admin-reloaded = Sources reloaded: { $sections } sections, { $feeds } feeds ({ $added } new, { $removed } removed).
admin-reload-others = Every other instance on the shared store reloads its own sources file within { $seconds } seconds (each logs the outcome).
admin-reload-problems = The sources file has problems; the sections in use are unchanged.
admin-and-more = and { $count } more
admin-reload-fix = Fix the file, then send /admin reload again.
admin-needs-chat = { $command } needs a chat.
admin-chat-how = Name it as telegram:<chat id> or discord:<channel id>.
admin-pause-try = Try /admin pause telegram:-1001234567890.
admin-not-chat = { $typed } is not a chat.
admin-unknown-chat = { $name } is not a chat newsdesk delivers to.
admin-unknown-chat-how = Only chats with stored settings can be paused or resumed.
admin-unknown-chat-next = Check the id and try again.
admin-paused = Deliveries to { $chat } are paused: no briefings, follow alerts or feed notices until /admin resume { $chat }.
admin-already-paused = Deliveries to { $chat } were already paused by an operator.
admin-cancelled = { $count ->
    [one] { $count } delivery already queued for it was cancelled.
   *[other] { $count } deliveries already queued for it were cancelled.
  }
admin-resumed = Deliveries to { $chat } resume; its next briefing is scheduled again (what was cancelled by the pause is not sent).
admin-not-paused = Deliveries to { $chat } were not paused.
admin-at-least = at least { $count }
admin-none = none
admin-stats-version = newsdesk { $version }, instance { $instance }, up { $uptime }.
admin-stats-chats = Chats: { $chats }.
admin-stats-feeds = Sections: { $sections }; feeds: { $feeds }, failing: { $failing }.
admin-stats-outbox = Outbox: { $count } pending.

## Shared by the digests (texts the core gives them)
mine-title = Your feeds
mine-description = The feeds this chat added with /source add

## /follow, /following, /unfollow
follow-limit = A chat follows at most { $max } topics.
follow-rule-length = A topic or alias: { $min } to { $max } characters, with at least { $min } letters or digits (EU, UN and AI are fine; single letters are not).
follow-rule-common = Words too common to follow on their own (the, and, der, la, el, и…) are refused.
follow-rule-prefix = A * at the end of the last word matches every word starting with it, for inflected languages: Путин* matches Путина and Путину (and Путинизм: prefixes over-match). At least { $min } letters before the *; * nowhere else.
follow-rule-matching = Matching ignores case and accents and compares whole words: China matches CHINA and China's, not Chinatown.
follow-prefix-invalid = { $typed } is not a follow newsdesk can match.
follow-prefix-where = A * may only end the last word of a name, as in Путин*, to match every word starting with it.
follow-prefix-stem = A word ending in * needs at least { $min } letters or digits before the *, or it would match almost every story.
follow-prefix-try-aliases = Try /follow Путин* | Putin*.
follow-prefix-try = Try /follow Путин*.
follow-rule-aliases = At most { $max } aliases per topic.
follow-topic-aliases = { $topic } (also known as { $aliases })
follow-done = Following { $topic }. You will get an alert when a new story mentions it.
follow-already-alias = You already follow { $alias }, as an alias of { $topic }.
follow-already = You already follow { $topic }.
follow-change-aliases = To change its aliases: /follow { $topic } | alias | alias.
follow-aliases-added = added { $names }
follow-aliases-removed = removed { $names }
follow-aliases-changed = You already follow { $topic }; its aliases changed: { $changes }.
follow-aliases-now = Now also known as { $aliases }.
follow-aliases-none = It has no aliases now.
follow-needs-topic = /follow needs a topic.
follow-needs-topic-how = Give a topic, then any aliases after |.
follow-needs-topic-try = Try /follow APT31 | Judgement Panda | Zirconium.
follow-too-many-aliases = { $typed } has { $count } aliases, more than the { $max } a topic may have.
follow-keep-aliases = Keep the { $max } most useful.
follow-name-too-long = { $typed } is too long to follow.
follow-name-max = A topic or alias has at most { $max } characters.
follow-name-shorter = Try a shorter name, e.g. /follow APT31.
follow-name-no-letters = { $typed } is not a name: it has no letters or digits.
follow-name-min = A topic or alias needs at least { $min } letters or digits.
follow-try-apt31 = Try /follow APT31.
follow-name-too-short = { $typed } is too short to follow: it would match almost every story.
follow-name-min-acronyms = A topic or alias needs at least { $min } letters or digits; acronyms such as EU or UN are fine.
follow-name-try-longer = Try /follow European Union.
follow-name-too-common = { $typed } is too common a word to follow: it would match almost every story.
follow-name-phrase = Follow a name or a phrase instead.
follow-name-try-phrase = Try /follow Bank of England.
following-title = Following
following-count = { $count } of { $max } topics
following-aliases = also known as { $aliases }
following-none = Not following anything. Try /follow APT31 | Judgement Panda | Zirconium
unfollow-done = Stopped following { $topic }.
unfollow-unknown = { $typed } is not a topic this chat follows.
unfollow-follows = It follows { $topics }.
unfollow-follows-none = It follows no topic yet.
unfollow-see-all = See them all with /following.
unfollow-follow-one = Follow one with /follow APT31.



## Adapters' refusals (feeds, files, links)
source-private-address = { $typed } is on a private network, which newsdesk does not fetch.
source-private-address-next = Give the address of a public feed or web page.
source-unreadable = { $typed } could not be read.
source-unreadable-now = { $typed } could not be read just now.
source-unreadable-later = The site did not answer in time or had an error: try again later.
source-unreadable-check = Check the address: it should be a feed or a web page that links to one.
file-download-failed = The file could not be downloaded from { $platform }.
file-download-again = Send it again in a moment.
summary-private-address = { $typed } is on a private network, which newsdesk does not fetch.
summary-private-address-next = Send a link to a public page, or the id of a story from a digest.

terminal-banner = newsdesk terminal chat. Type /help for commands, Ctrl+D to quit.
terminal-log-file = Logs go to { $path }.
terminal-stopping = newsdesk is stopping: { $count ->
    [one] 1 command was
   *[other] { $count } commands were
  } not run ({ $commands }).

## Feed health in words
feed-reason-gone = the feed is not there any more (HTTP 404)
feed-reason-removed = the feed was removed (HTTP 410)
feed-reason-refused = the server refuses to serve it (HTTP { $status })
feed-reason-slow-down = the server asks us to slow down (HTTP 429)
feed-reason-server = the server has a problem (HTTP { $status })
feed-reason-status = the server answered HTTP { $status }
feed-reason-timeout = no answer within { $seconds } s
feed-reason-dns = the host name does not resolve
feed-reason-connection-refused = the server refuses connections
feed-reason-connection-cut = the connection was cut
feed-reason-certificate = its HTTPS certificate is not valid
feed-reason-redirect-loop = it redirects in a loop
feed-reason-too-large = the feed is larger than the size limit
feed-failing-line = { $feed }: { $reason }, for { $age }
feed-failing-line-unhealthy = { $feed }: { $reason }, for { $age } (unhealthy)
feed-moved = moved permanently to { $url }: the sources file should name that address

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
