# newsdesk по-русски.

## Command descriptions
command-digest = Главные новости раздела с вашего прошлого дайджеста
command-more = Следующие новости вашего прошлого дайджеста раздела
command-briefing = Брифинг сейчас или его время: /briefing 07:00 Europe/Moscow weekdays, /briefing off
command-latest = Самые свежие новости ваших разделов
command-summary = Пересказ статьи: её номер (из дайджеста) или ссылка
command-sections = Разделы новостей, на которые можно подписаться
command-subscribe = Подписать этот чат на дайджесты и утренний брифинг раздела
command-unsubscribe = Отписать этот чат от раздела
command-subscriptions = Разделы, темы, время брифинга, тихие часы и язык этого чата
command-source = Свои ленты: /source add <url> [имя], list, remove <имя>, export или import (OPML)
command-follow = Оповещение, когда новость упоминает тему, напр. APT31 | Zirconium
command-unfollow = Больше не оповещать о теме
command-following = Темы, за которыми следит этот чат
command-quiet = Придерживать оповещения в тихие часы, напр. /quiet 22:00-07:00; /quiet off
command-language = Язык ответов в этом чате: /language ru; без кода показывает его
command-status = Состояние лент этого чата, следующий брифинг и уведомления о лентах
command-help = Что умеет newsdesk; /help <команда> — параметры и ограничения команды
command-admin = Только для операторов: статистика, перезагрузка источников, пауза чата

## /help
help-subtitle = Новостные брифинги: дайджесты разделов, пересказы и оповещения о темах.
help-footer = Параметры и ограничения команды: /help follow

## /language
language-current = Язык этого чата: { $name } ({ $code }). Языки: { $list }. Изменить: /language <код>.
language-set = Теперь newsdesk отвечает в этом чате на языке: { $name } ({ $code }).
language-unknown = «{ $typed }» — не язык, на котором говорит newsdesk. Языки: { $list }. Попробуйте /language { $example }.

## Digest and briefing headers
story-count = { $count ->
    [one] { $count } новость
    [few] { $count } новости
   *[many] { $count } новостей
  }
digest-title = Дайджест: { $section }
digest-title-continued = Дайджест: { $section }, продолжение
digest-first-page = { $shown } из { $total } новостей
digest-later-page = { $count ->
    [one] новость { $first }
   *[other] новости { $first }–{ $last }
  } из { $total }
digest-more = { $count ->
    [one] ещё { $count } новость
    [few] ещё { $count } новости
   *[many] ещё { $count } новостей
  }: /more { $section }
briefing-title = Ваш брифинг — { $date }

## Answers every command shares
apology = Извините, у нас что-то пошло не так. Попробуйте ещё раз через минуту.
plain-text-hint = Отправьте команду, например /digest или /help.
plain-text-hint-discord = Наберите / и выберите команду, например /digest или /help. На присланную сюда ссылку придёт её краткое содержание.
command-unknown = { $typed } — не команда.
did-you-mean = Вы имели в виду { $suggestions }?
command-see-help = Все команды: /help.
managers-of-chat = { $kind ->
    [group] администраторы этой группы
    [channel] администраторы этого канала
   *[other] администраторы этого чата
  }
managers-discord = участники с правом «Управлять каналами»
only-managers = Только { $managers } могут использовать { $command } здесь.
only-managers-change = Только { $managers } могут вносить изменения через { $command } здесь.
only-managers-anyone = Команды /digest, /latest, /sections и /summary доступны всем.
only-managers-ask = Попросите кого-нибудь из них.

## Commands: answers and refusals (branch i18n-commands)
# (messages of commands/*.ts and src/core/commands, chats: added below this line)

## Command options: refusals (src/core/commands/command-options.ts)
option-line-too-long = { $typed } — слишком длинно.
option-line-limit = { $max ->
    [one] Команда принимает не более { $max } символа.
    [few] Команда принимает не более { $max } символов.
    [many] Команда принимает не более { $max } символов.
   *[other] Команда принимает не более { $max } символов.
  }
option-shorten = Сократите её и отправьте ещё раз.
option-the-command = команда
option-this-command = Эта команда
option-extra = { $typed } — лишнее: { $command } столько не принимает.
option-takes-nothing = { $command } ничего не принимает после названия.
option-takes = { $command } принимает { $usage }.
option-nothing = ничего
option-usage-required = <{ $label }>
option-usage-optional = [{ $label }]
option-usage-join = { $first } { $rest }
option-missing = { $command }: нужно указать { $label }.
option-file-is-not = Файл не подходит как { $label }.
option-give-as-text = Укажите «{ $label }» текстом.
option-not-file = { $typed } — не файл.
option-attach = Прикрепите к команде файл: { $label }.
option-too-long = { $typed } — слишком длинное значение для параметра «{ $label }».
option-max-characters = { $max ->
    [one] Допустимо не более { $max } символа.
    [few] Допустимо не более { $max } символов.
    [many] Допустимо не более { $max } символов.
   *[other] Допустимо не более { $max } символов.
  }
option-not-choice = { $typed } — недопустимое значение для параметра «{ $label }».
option-choose = { $count ->
    [one] Выберите: { $choices }.
   *[other] Выберите одно из: { $choices }.
  }
option-not-integer = { $typed } — не целое число.
option-integer-as = Укажите «{ $label }» целым числом.
option-integer-as-range = Укажите «{ $label }» целым числом { $range }.
option-out-of-range = { $typed } вне допустимого диапазона для параметра «{ $label }».
option-give-integer = Укажите целое число { $range }.
option-range = от { $min } до { $max }
option-range-min = не меньше { $min }
option-range-max = не больше { $max }
option-not-boolean = { $typed } — ни «да», ни «нет».
option-give-boolean = Укажите yes или no для параметра «{ $label }».
option-try = Попробуйте { $example }.
option-see-help = См. /help { $command }.

## /help <command>
help-options = Параметры
help-limits = Ограничения
help-required = обязательный
help-optional = необязательный
help-whole-number = целое число
help-whole-number-range = целое число { $range }
help-file = файл, отправленный с командой
help-one-of = одно из: { $choices }
help-max-characters = { $max ->
    [one] не более { $max } символа
    [few] не более { $max } символов
    [many] не более { $max } символов
   *[other] не более { $max } символов
  }
help-example = Пример: { $example }
help-managers-only = В группах и каналах её могут использовать только те, кто управляет чатом.
help-operators-only = Её могут использовать только операторы из OWNER_IDS.

## Options: descriptions and labels
option-digest-section = Раздел, напр. politics, или mine для своих лент (по умолчанию — первая подписка)
option-digest-section-label = { $form ->
   *[bare] раздел
  }
option-more-section = Раздел, напр. politics (по умолчанию — первая подписка)
option-more-section-label = { $form ->
   *[bare] раздел
  }
option-briefing-schedule = ЧЧ:ММ [Регион/Город] [daily|weekdays|weekends] или off
option-briefing-schedule-label = { $form ->
   *[bare] время брифинга
  }
option-latest-count = Сколько новостей (1–20, по умолчанию 10)
option-latest-count-label = { $form ->
   *[bare] количество новостей
  }
option-summary-article = Номер статьи из дайджеста или ссылка на статью
option-summary-article-label = { $form ->
   *[bare] номер или ссылка статьи
  }
option-subscribe-section = Раздел для подписки, напр. politics
option-subscribe-section-label = { $form ->
   *[bare] раздел
  }
option-unsubscribe-section = Раздел, от которого нужно отписаться
option-unsubscribe-section-label = { $form ->
   *[bare] раздел
  }
option-source-action = add, list, remove, export или import
option-source-action-label = { $form ->
   *[bare] действие
  }
option-source-target = URL ленты или веб-страницы (и имя) или имя удаляемой ленты
option-source-target-label = { $form ->
   *[bare] лента
  }
option-source-file = Список подписок OPML для /source import
option-source-file-label = { $form ->
   *[bare] файл OPML
  }
option-follow-topic = Тема, затем по желанию синонимы после |, напр. APT31 | Zirconium
option-follow-topic-label = { $form ->
   *[bare] тема
  }
option-unfollow-topic = Тема или один из её синонимов
option-unfollow-topic-label = { $form ->
   *[bare] тема
  }
option-quiet-hours = ЧЧ:ММ-ЧЧ:ММ в часовом поясе чата или off
option-quiet-hours-label = { $form ->
   *[bare] тихие часы
  }
option-language-code = Код языка, напр. de, es, fr, ru или en
option-language-code-label = { $form ->
   *[bare] код языка
  }
option-status-notices = Включить или выключить уведомления о сбоях лент разделов этого чата
option-status-notices-label = { $form ->
   *[bare] уведомления
  }
option-help-command = Команда, которую нужно объяснить, напр. follow
option-help-command-label = { $form ->
   *[bare] команда
  }
option-admin-action = stats, reload, pause или resume
option-admin-action-label = { $form ->
   *[bare] действие
  }
option-admin-chat = Для pause и resume: telegram:<id чата> или discord:<id канала>
option-admin-chat-label = { $form ->
   *[bare] чат
  }

## /briefing: schedules
schedule = { $time } { $zone }, { $days }
schedule-off = выключен
schedule-daily = ежедневно
schedule-weekdays = по будням
schedule-weekends = по выходным
schedule-days = { $days }
schedule-not-time = { $typed } — не время.
schedule-time-how = Укажите время вроде 07:00, затем по желанию часовой пояс и дни.
schedule-time-try = Попробуйте /briefing 07:00 Europe/Moscow weekdays или /briefing off.
schedule-not-zone = { $typed } — не часовой пояс и не дни.
schedule-zone-how = Часовые пояса выглядят как Europe/Moscow или America/New_York; дни — daily, weekdays, weekends или mon,wed,fri.
schedule-zone-try = Попробуйте /briefing 07:00 Europe/Moscow weekdays.
briefing-set = Утренний брифинг настроен: { $schedule }.
briefing-subscribe-first = Сначала подпишитесь на раздел: /sections.
briefing-off = Утренний брифинг выключен. Включить снова: /briefing on.
briefing-scheduled = По расписанию: { $schedule }. Изменить: /briefing 07:00 Europe/Moscow или /briefing off.

## /subscriptions
subscriptions-title = Подписки этого чата
subscriptions-when = Когда
subscriptions-briefing = Утренний брифинг: { $schedule }
subscriptions-briefing-change = Изменить: /briefing 07:00 Europe/Moscow weekdays или /briefing off.
subscriptions-quiet = Тихие часы: { $start }-{ $end } { $zone }: оповещения придерживаются и приходят вместе после них
subscriptions-quiet-none = Тихие часы: нет, оповещения приходят сразу
subscriptions-quiet-change = Изменить: /quiet 22:00-07:00 или /quiet off.
subscriptions-language = Язык: { $name } ({ $code })
subscriptions-language-change = Изменить: /language <код>, напр. /language en.
subscriptions-sections = Разделы ({ $count } из { $max })
subscriptions-follows = Темы ({ $count } из { $max })
subscriptions-aliases = также: { $aliases }
subscriptions-no-sections = Разделов пока нет. Посмотрите /sections, затем /subscribe <раздел>.
subscriptions-no-follows = Вы не следите ни за одной темой. Попробуйте /follow APT31 | Judgement Panda.
section-gone = { $id } (больше не предлагается)
chat-paused = Доставка приостановлена: { $reason }
chat-paused-by-operator = Доставка приостановлена оператором

## /status
status-title = Состояние этого чата
status-notices-on = Уведомления о лентах включены.
status-notices-off = Уведомления о лентах выключены.
status-notices-on-already = Уведомления о лентах включены (уже были).
status-notices-off-already = Уведомления о лентах выключены (уже были).
status-deliveries = Доставка
status-briefing-next = Утренний брифинг: { $schedule }; следующий { $next }
status-follows = Темы: { $count } из { $max }
status-notices-title-on = Уведомления о лентах: включены
status-notices-title-off = Уведомления о лентах: выключены
status-notices-explain-on = Чат узнает один раз, когда лента его разделов какое-то время не работает, и один раз, когда она снова заработает. /status off выключает это.
status-notices-explain-off = /status on сообщает чату, когда лента его разделов какое-то время не работает.
status-sections = Разделы ({ $count })
status-feeds-working = { $count ->
    [one] { $count } лента, работает
    [few] { $count } ленты, все работают
    [many] { $count } лент, все работают
   *[other] { $count } ленты, все работают
  }
status-feeds-failing = { $count ->
    [one] { $count } лента
    [few] { $count } ленты
    [many] { $count } лент
   *[other] { $count } ленты
  }, не работают: { $failing }
feeds-more = { $count ->
    [one] ещё { $count }
    [few] ещё { $count }
    [many] ещё { $count }
   *[other] ещё { $count }
  }

## /quiet
quiet-current = Тихие часы: { $start }-{ $end } ({ $zone }). Оповещения за это время придут вместе, когда они закончатся.
quiet-none = Тихих часов нет. Задайте их: /quiet 22:00-07:00 (в часовом поясе этого чата).
quiet-off = Тихие часы выключены: оповещения приходят сразу.
quiet-invalid = { $typed } — не тихие часы.
quiet-invalid-how = Укажите начало и конец, напр. 22:00-07:00, в часовом поясе этого чата.
quiet-invalid-try = Попробуйте /quiet 22:00-07:00 или /quiet off.
quiet-same = { $typed } начинается и заканчивается в одно и то же время.
quiet-same-how = Для тихих часов нужны два разных времени.
quiet-same-try = Попробуйте /quiet 22:00-07:00.
quiet-set = Тихие часы заданы: { $start }-{ $end } ({ $zone }). Оповещения за это время придут вместе, когда они закончатся.

## /subscribe, /unsubscribe, /digest, /more
subscribe-done = Подписка на раздел «{ $section }» оформлена. Попробуйте /digest { $id } прямо сейчас; раздел будет и в утреннем брифинге.
subscribe-already = Этот чат уже подписан на раздел «{ $section }».
subscribe-limit = { $max ->
    [one] В чате может быть не более { $max } раздела.
    [few] В чате может быть не более { $max } разделов.
    [many] В чате может быть не более { $max } разделов.
   *[other] В чате может быть не более { $max } разделов.
  }
subscribe-limit-reached = { $count ->
    [one] В этом чате уже { $count } раздел — это максимум.
    [few] В этом чате уже { $count } раздела — это максимум.
    [many] В этом чате уже { $count } разделов — это максимум.
   *[other] В этом чате уже { $count } раздела — это максимум.
  }
subscribe-limit-next = Сначала отпишитесь от одного: /subscriptions покажет их, /unsubscribe <раздел> удалит один.
unsubscribe-done = Подписка на раздел «{ $section }» отменена.
unsubscribe-not = Этот чат не подписан на раздел «{ $section }». /subscriptions покажет его разделы.
digest-no-section = Команде /digest нужен раздел: у этого чата пока нет подписок.
digest-name-section = Назовите раздел или подпишитесь на него.
digest-try = Попробуйте /digest politics или посмотрите /sections.
more-no-section = Команде /more нужен раздел: у этого чата пока нет подписок.
more-name-section = Назовите раздел вашего последнего дайджеста.
more-try = Попробуйте /more politics.
more-limit = { $hours ->
    [one] Листает дайджест или брифинг за последний { $hours } час
    [few] Листает дайджест или брифинг за последние { $hours } часа
    [many] Листает дайджест или брифинг за последние { $hours } часов
   *[other] Листает дайджест или брифинг за последние { $hours } часа
  }, по { $count ->
    [one] { $count } новости
   *[other] { $count } новостей
  } за раз.
section-unknown = { $typed } — не раздел.
section-list = Разделы: { $sections }.
section-none = Разделы не настроены.
section-see-all = Все разделы: /sections.

## /source
source-no-feed = { $typed } — не лента, и на этой странице ленты не нашлось.
source-feed-how = Укажите адрес ленты RSS, Atom или JSON.
source-add-try = Попробуйте /source add https://example.org/feed.xml.
source-numbered = { $count ->
    [one] На этой странице { $count } лента с номером 1.
    [few] На этой странице { $count } ленты с номерами от 1 до { $count }.
    [many] На этой странице { $count } лент с номерами от 1 до { $count }.
   *[other] На этой странице { $count } ленты с номерами от 1 до { $count }.
  }
source-total-full = newsdesk уже читает столько добавленных чатами лент, сколько позволяет настройка.
source-total-next = Добавьте ленту, которой уже пользуется другой чат, или обратитесь к оператору.
source-unknown = { $typed } — не лента этого чата.
source-names = Его ленты: { $names }.
source-none-added = Этот чат не добавил ни одной ленты.
source-see-list = Посмотрите их: /source list.
source-chat-full = { $count ->
    [one] У этого чата уже { $count } своя лента — это максимум.
    [few] У этого чата уже { $count } свои ленты — это максимум.
    [many] У этого чата уже { $count } своих лент — это максимум.
   *[other] У этого чата уже { $count } своей ленты — это максимум.
  }
source-chat-full-next = Сначала удалите одну: /source list покажет их, /source remove <имя> удалит одну.
source-not-url = { $typed } — не веб-адрес.
source-url-how = Укажите адрес http:// или https:// ленты или веб-страницы.
source-choice-expired = Эти ленты больше не предлагаются (выбор действует час).
source-choice-expired-next = Отправьте /source add с адресом страницы ещё раз.
source-choice-elsewhere = Эти ленты предлагались в другом чате.
source-choice-elsewhere-next = Отправьте /source add здесь, чтобы добавить ленту в этот чат.
follow-limit-reached = { $count ->
    [one] Этот чат уже следит за { $count } темой — это максимум.
    [few] Этот чат уже следит за { $count } темами — это максимум.
    [many] Этот чат уже следит за { $count } темами — это максимум.
   *[other] Этот чат уже следит за { $count } темы — это максимум.
  }
follow-limit-next = Сначала перестаньте следить за одной: /following покажет их, /unfollow <тема> остановит одну.
source-export-none = У этого чата нет своих лент для экспорта. Добавьте ленту: /source add https://example.org/feed.xml.
source-export-caption = { $count ->
    [one] { $count } своя лента этого чата в формате OPML. Другой чат добавит её через /source import с этим файлом.
    [few] { $count } свои ленты этого чата в формате OPML. Другой чат добавит их через /source import с этим файлом.
    [many] { $count } своих лент этого чата в формате OPML. Другой чат добавит их через /source import с этим файлом.
   *[other] { $count } своей ленты этого чата в формате OPML. Другой чат добавит их через /source import с этим файлом.
  }

## /source import
import-too-many = { $max ->
    [one] В файле { $typed } больше { $max } ленты.
   *[other] В файле { $typed } больше { $max } лент.
  }
import-too-many-how = В файле может быть не больше { $max }, а у этого чата — не больше { $chatMax }.
import-shorter = Отправьте список покороче.
import-no-feeds = В файле { $typed } нет лент.
import-no-feeds-how = В списке подписок OPML есть элементы outline с атрибутом xmlUrl.
import-no-feeds-next = Экспортируйте список из своей программы для чтения лент в OPML и отправьте его с /source import.
import-page-feeds = { $count ->
    [one] веб-страница с { $count } лентой; добавьте нужную через /source add
   *[other] веб-страница с { $count } лентами; добавьте нужную через /source add
  }
import-unavailable = Файлы OPML здесь недоступны.
import-unavailable-next = Добавляйте ленты по одной через /source add.
import-not-opml = { $typed } — не файл OPML.
import-not-opml-how = Отправьте список подписок, который ваша программа для чтения лент экспортирует в OPML (.opml, UTF-8).
import-not-opml-next = Прикрепите его к /source import.
import-too-large = { $typed } — слишком большой файл.
import-too-large-how = Файл OPML для /source import может занимать не более { $max } КиБ.
source-limit = { $max ->
    [one] У чата может быть не более { $max } своей ленты
   *[other] У чата может быть не более { $max } своих лент
  }; имя — не длиннее { $name ->
    [one] { $name } символа
   *[other] { $name } символов
  }.
source-limit-admins = Добавлять, удалять и импортировать ленты группы или канала могут только их администраторы.
source-limit-opml = /source export отправляет ленты этого чата файлом OPML. /source import добавляет ленты из файла OPML (не более { $kib } КиБ и { $feeds } лент; проверка прекращается через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
   *[many] { $minutes } минут
  }): в Telegram отправьте файл с подписью /source import или ответьте на него /source import; в Discord прикрепите его в параметре file.
source-not-read = ещё не прочитана
source-list-none = У этого чата нет своих лент. Добавьте ленту: /source add https://example.org/feed.xml.
source-list-title = Ваши ленты ({ $count } из { $max })
source-list-footer = Их новости: /digest { $mine }. Удалить ленту: /source remove <имя>.
source-add-needs = Команде /source add нужен адрес ленты или веб-страницы.
source-remove-needs = Команде { $command } нужно имя или адрес одной из лент этого чата.
source-removed = Лента { $name } ({ $url }) удалена из лент этого чата.
source-already = У этого чата уже есть эта лента под именем { $name }. Её новости: /digest { $mine }.
source-added = Лента { $name } добавлена ({ $url }, сейчас { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
  }). Её новости появятся в /digest { $mine } и в брифинге, как только она будет прочитана.
source-choose-title = { $count ->
    [one] На { $typed } { $count } лента
    [few] На { $typed } { $count } ленты
    [many] На { $typed } { $count } лент
   *[other] На { $typed } { $count } ленты
  }
source-choose-footer = Добавьте ленту командой под ней или по номеру: { $example }.
import-needs-file = Команде /source import нужен файл OPML.
import-needs-file-how = В Telegram отправьте файл с подписью /source import или ответьте на файл /source import; в Discord прикрепите его в параметре file.
import-needs-file-next = Сначала экспортируйте подписки из своей программы для чтения лент в OPML.
import-added = Добавлено ({ $count })
import-already = Уже были ({ $count })
import-failed = Не удалось ({ $count })
import-not-tried = { $count ->
    [one] { $count } лента не проверена
    [few] { $count } ленты не проверены
    [many] { $count } лент не проверены
   *[other] { $count } ленты не проверены
  }: импорт занял слишком много времени. Отправьте /source import с файлом ещё раз.
import-without-url = { $count ->
    [one] У { $count } записи не было адреса ленты (xmlUrl), она пропущена.
   *[other] У { $count } записей не было адреса ленты (xmlUrl), они пропущены.
  }
import-added-next = Их новости появятся в /digest { $mine }, как только они будут прочитаны. Все ленты: /source list.
import-see-list = Ленты этого чата: /source list.
import-title = Импорт { $name }: добавлено { $added }, уже были { $already }, не удалось { $failed }
import-and-more = …и ещё { $count }

## /sections
sections-title = Разделы
sections-subtitle = Подписаться: /subscribe <раздел>
sections-feeds = { $count ->
    [one] { $count } лента
    [few] { $count } ленты
    [many] { $count } лент
   *[other] { $count } ленты
  }
sections-failing = не работают: { $count }
sections-subscribed = подписка есть
sections-many-failing = { $count ->
    [one] Не работает больше { $count } ленты: здесь учтены те, что не работают дольше всех.
   *[other] Не работает больше { $count } лент: здесь учтены те, что не работают дольше всех.
  }

## /admin (operators)
admin-unavailable = Функции оператора в этом процессе недоступны.
admin-reloaded = Источники перезагружены: разделов { $sections }, лент { $feeds } (новых { $added }, удалено { $removed }).
admin-reload-others = Каждый другой экземпляр на общем хранилище перезагрузит свой файл источников в течение { $seconds ->
    [one] { $seconds } секунды
   *[other] { $seconds } секунд
  } (каждый запишет итог в журнал).
admin-reload-problems = В файле источников есть ошибки; используемые разделы не изменились.
admin-and-more = и ещё { $count }
admin-reload-fix = Исправьте файл и снова отправьте /admin reload.
admin-needs-chat = Команде { $command } нужен чат.
admin-chat-how = Укажите его как telegram:<id чата> или discord:<id канала>.
admin-pause-try = Попробуйте /admin pause telegram:-1001234567890.
admin-not-chat = { $typed } — не чат.
admin-unknown-chat = { $name } — не чат, в который доставляет newsdesk.
admin-unknown-chat-how = Приостановить или возобновить можно только чаты с сохранёнными настройками.
admin-unknown-chat-next = Проверьте id и попробуйте ещё раз.
admin-paused = Доставка в { $chat } приостановлена: ни брифингов, ни оповещений, ни уведомлений о лентах до /admin resume { $chat }.
admin-already-paused = Доставка в { $chat } уже была приостановлена оператором.
admin-cancelled = { $count ->
    [one] Отменена { $count } доставка, уже стоявшая в очереди.
    [few] Отменены { $count } доставки, уже стоявшие в очереди.
    [many] Отменено { $count } доставок, уже стоявших в очереди.
   *[other] Отменено { $count } доставки, уже стоявших в очереди.
  }
admin-resumed = Доставка в { $chat } возобновлена; следующий брифинг снова запланирован (отменённое паузой не отправляется).
admin-not-paused = Доставка в { $chat } не была приостановлена.
admin-at-least = не меньше { $count }
admin-none = нет
admin-stats-version = newsdesk { $version }, экземпляр { $instance }, работает { $uptime }.
admin-stats-chats = Чаты: { $chats }.
admin-stats-feeds = Разделы: { $sections }; ленты: { $feeds }, не работают: { $failing }.
admin-stats-outbox = Очередь отправки: { $count } в ожидании.

## Shared by the digests (texts the core gives them)
mine-title = Ваши ленты
mine-description = Ленты, которые этот чат добавил через /source add

## /follow, /following, /unfollow
follow-limit = { $max ->
    [one] Чат может следить не более чем за { $max } темой.
   *[other] Чат может следить не более чем за { $max } темами.
  }
follow-rule-length = Тема или синоним: от { $min } до { $max } символов, из них не меньше { $min } букв или цифр (ЕС, ООН и ИИ подходят, одна буква — нет).
follow-rule-common = Слишком частые слова (the, and, der, la, el, и…) сами по себе не принимаются.
follow-rule-prefix = * в конце последнего слова совпадает с любым словом, которое так начинается, — для языков с падежами: Путин* совпадает с «Путина» и «Путину» (и с «Путинизм»: префикс захватывает лишнее). Перед * не меньше { $min } букв; в других местах * нельзя.
follow-rule-matching = Регистр и диакритика не учитываются, слова сравниваются целиком: China совпадает с CHINA и China's, но не с Chinatown.
follow-prefix-invalid = { $typed } — не тема, которую newsdesk может распознать.
follow-prefix-where = * может стоять только в конце последнего слова названия, как в Путин*, и тогда совпадает с любым словом, которое так начинается.
follow-prefix-stem = Перед * в слове должно быть не меньше { $min } букв или цифр, иначе оно совпадёт почти с любой новостью.
follow-prefix-try-aliases = Попробуйте /follow Путин* | Putin*.
follow-prefix-try = Попробуйте /follow Путин*.
follow-rule-aliases = { $max ->
    [one] Не более { $max } синонима на тему.
   *[other] Не более { $max } синонимов на тему.
  }
follow-topic-aliases = { $topic } (также { $aliases })
follow-done = Вы следите за темой { $topic }. Вы получите оповещение, когда о ней появится новость.
follow-already-alias = Вы уже следите за { $alias } как за синонимом темы { $topic }.
follow-already = Вы уже следите за темой { $topic }.
follow-change-aliases = Изменить синонимы: /follow { $topic } | синоним | синоним.
follow-aliases-added = добавлены: { $names }
follow-aliases-removed = удалены: { $names }
follow-aliases-changed = Вы уже следите за темой { $topic }; её синонимы изменились: { $changes }.
follow-aliases-now = Теперь также: { $aliases }.
follow-aliases-none = Синонимов больше нет.
follow-needs-topic = Команде /follow нужна тема.
follow-needs-topic-how = Укажите тему, затем по желанию синонимы после |.
follow-needs-topic-try = Попробуйте /follow APT31 | Judgement Panda | Zirconium.
follow-too-many-aliases = { $count ->
    [one] У { $typed } { $count } синоним, больше допустимых { $max }.
    [few] У { $typed } { $count } синонима, больше допустимых { $max }.
    [many] У { $typed } { $count } синонимов, больше допустимых { $max }.
   *[other] У { $typed } { $count } синонима, больше допустимых { $max }.
  }
follow-keep-aliases = Оставьте { $max } самых полезных.
follow-name-too-long = { $typed } — слишком длинно для темы.
follow-name-max = { $max ->
    [one] Тема или синоним — не длиннее { $max } символа.
   *[other] Тема или синоним — не длиннее { $max } символов.
  }
follow-name-shorter = Попробуйте имя покороче, напр. /follow APT31.
follow-name-no-letters = { $typed } — не имя: в нём нет ни букв, ни цифр.
follow-name-min = { $min ->
    [one] В теме или синониме нужна хотя бы { $min } буква или цифра.
    [few] В теме или синониме нужно хотя бы { $min } буквы или цифры.
   *[other] В теме или синониме нужно хотя бы { $min } букв или цифр.
  }
follow-try-apt31 = Попробуйте /follow APT31.
follow-name-too-short = { $typed } — слишком коротко для темы: подойдёт почти к любой новости.
follow-name-min-acronyms = { $min ->
    [one] В теме или синониме нужна хотя бы { $min } буква или цифра; сокращения вроде ЕС или ООН подходят.
    [few] В теме или синониме нужно хотя бы { $min } буквы или цифры; сокращения вроде ЕС или ООН подходят.
   *[other] В теме или синониме нужно хотя бы { $min } букв или цифр; сокращения вроде ЕС или ООН подходят.
  }
follow-name-try-longer = Попробуйте /follow Европейский союз.
follow-name-too-common = { $typed } — слишком частое слово: подойдёт почти к любой новости.
follow-name-phrase = Следите лучше за именем или словосочетанием.
follow-name-try-phrase = Попробуйте /follow Центробанк.
following-title = Темы
following-count = { $count } из { $max ->
    [one] { $max } темы
   *[other] { $max } тем
  }
following-aliases = также: { $aliases }
following-none = Вы ни за чем не следите. Попробуйте /follow APT31 | Judgement Panda | Zirconium
unfollow-done = Вы больше не следите за темой { $topic }.
unfollow-unknown = { $typed } — не тема, за которой следит этот чат.
unfollow-follows = Он следит за: { $topics }.
unfollow-follows-none = Он пока ни за чем не следит.
unfollow-see-all = Все темы: /following.
unfollow-follow-one = Следите за темой: /follow APT31.



## Adapters' refusals (feeds, files, links)
source-private-address = { $typed } находится в частной сети, а newsdesk такие адреса не загружает.
source-private-address-next = Укажите адрес общедоступной ленты или веб-страницы.
source-unreadable = Не удалось прочитать { $typed }.
source-unreadable-now = Сейчас не удалось прочитать { $typed }.
source-unreadable-later = Сайт не ответил вовремя или вернул ошибку: попробуйте позже.
source-unreadable-check = Проверьте адрес: это должна быть лента или веб-страница со ссылкой на неё.
file-download-failed = Не удалось скачать файл из { $platform }.
file-download-again = Отправьте его ещё раз чуть позже.
summary-private-address = { $typed } находится в частной сети, а newsdesk такие адреса не загружает.
summary-private-address-next = Пришлите ссылку на общедоступную страницу или id новости из дайджеста.

terminal-banner = Терминальный чат newsdesk. Наберите /help, чтобы увидеть команды; Ctrl+D — выход.
terminal-log-file = Журнал пишется в { $path }.
terminal-stopping = newsdesk останавливается: { $count ->
    [one] { $count } команда не выполнена
    [few] { $count } команды не выполнены
   *[many] { $count } команд не выполнено
  } ({ $commands }).

## Feed health in words
feed-reason-gone = ленты больше нет (HTTP 404)
feed-reason-removed = лента удалена (HTTP 410)
feed-reason-refused = сервер отказывается её отдавать (HTTP { $status })
feed-reason-slow-down = сервер просит обращаться реже (HTTP 429)
feed-reason-server = у сервера проблема (HTTP { $status })
feed-reason-status = сервер ответил HTTP { $status }
feed-reason-timeout = нет ответа за { $seconds } с
feed-reason-dns = имя хоста не разрешается
feed-reason-connection-refused = сервер не принимает соединения
feed-reason-connection-cut = соединение оборвалось
feed-reason-certificate = у неё недействительный HTTPS-сертификат
feed-reason-redirect-loop = она перенаправляет по кругу
feed-reason-too-large = лента больше допустимого размера
feed-failing-line = { $feed }: { $reason }, уже { $age }
feed-failing-line-unhealthy = { $feed }: { $reason }, уже { $age } (неисправна)
feed-moved = навсегда перенесена на { $url }: в файле источников нужно указать этот адрес

## Documents, alerts, notices and buttons (branch i18n-documents)
# (messages of briefings/*, src/core/alerts, src/core/digests, adapters' renderers and buttons: added below this line)



## Summaries and follows (sumlang)
summary-title = Краткое содержание
summary-source-model = пересказ языковой модели
summary-source-extractive = выдержка из статьи (офлайн)
summary-source-none = издание дало только заголовок и анонс
summary-extract-language = выдержка на языке статьи ({ $article }): пересказа на языке чата ({ $chat }) нет
summary-extract-own-language = выдержка на языке самой статьи: пересказа на языке чата ({ $chat }) нет
summary-no-text = В этой статье нет текста для пересказа.
summary-nothing-more = Больше { $outlet } ничего не даёт. Статья: { $url }
summary-invalid-article = «{ $typed }» — не id статьи и не ссылка. Укажите id из 12 символов под новостью в дайджесте или ссылку, начинающуюся с https://. Попробуйте /summary 5b0f15c8dcaf.
summary-unknown-id = «{ $typed }» — не id сохранённой новости. Id берутся из дайджестов, а новости через некоторое время удаляются. Попробуйте /latest — там свежие новости и их id.
summary-unreadable-link = «{ $typed }» не удалось прочитать как статью. Страница может быть недоступна, не быть статьёй или быть запрещённой. Пришлите ссылку на страницу статьи или id новости из дайджеста.
summary-links-limit-person = За последний час вы запросили { $limit ->
    [one] { $limit } пересказ
    [few] { $limit } пересказа
    [many] { $limit } пересказов
   *[other] { $limit } пересказа
  } ссылок, которых не было в newsdesk, — это максимум для одного человека. Новости из дайджестов не ограничены. Попробуйте снова через { $minutes } мин. или укажите id новости из дайджеста.
summary-links-limit-chat = За последний час этот чат запросил { $limit ->
    [one] { $limit } пересказ
    [few] { $limit } пересказа
    [many] { $limit } пересказов
   *[other] { $limit } пересказа
  } ссылок, которых не было в newsdesk, — это максимум для одного чата. Новости из дайджестов не ограничены. Попробуйте снова через { $minutes } мин. или укажите id новости из дайджеста.
# Dates under a header and on each story
dates-published = опубликовано { $time }
dates-range = самая новая { $newest }, самая ранняя { $oldest }
dates-all-undated = без даты
dates-undated = { $count } без даты
story-date-unknown = дата неизвестна

# Digests, /more and /latest
digest-empty = В разделе «{ $section }» пока нет новостей. Новые появятся, когда ленты будут опрошены.
digest-empty-since = В разделе «{ $section }» ничего нового с { $time }.
feeds-loading = Ленты ещё загружаются: newsdesk только что запустился и читает их впервые. Попробуйте ещё раз через минуту.
digest-no-sources = У этого чата пока нет собственных лент.
digest-no-sources-add = Добавьте ленту командой /source add и адресом ленты или веб-страницы.
digest-no-sources-try = Попробуйте /source add https://example.org/feed.xml.
digest-nothing-to-continue = Здесь нет дайджеста раздела «{ $section }» за последние 24 часа, который можно продолжить.
digest-start-one = Начните новый командой /digest { $id }.
digest-all-seen = Вы видели все новости последнего дайджеста раздела «{ $section }».
digest-see-since = Что появилось с тех пор, покажет /digest { $id }.
latest-title = Последние новости
latest-scope-yours = ваши разделы
latest-scope-all = все разделы
latest-empty = Новостей пока нет. Они появятся, когда ленты будут опрошены.

# Briefings
briefing-section-empty = В разделе «{ $section }» ничего нового.
briefing-follows-heading = Темы, за которыми вы следите
briefing-nothing-since = Ничего с { $time }
briefing-more = Ещё: { $list }
briefing-more-entry = { $section } ({ $count }) /more { $id }
briefing-nothing-set-up = У этого чата пока нет разделов и тем. См. /sections и /follow.

# Follow alerts
alert-title = Оповещение по теме
alert-batch-title = Ещё новости по темам, за которыми вы следите
alert-batch-held = { $count ->
    [one] { $count } новость отложена
    [few] { $count } новости отложены
    [many] { $count } новостей отложено
   *[other] { $count } новости отложено
  }, чтобы не заваливать чат сообщениями
alert-batch-more = { $count ->
    [one] Ещё { $count } новость не показана.
    [few] Ещё { $count } новости не показаны.
    [many] Ещё { $count } новостей не показано.
   *[other] Ещё { $count } новости не показано.
  }
alert-name-alias = { $name } (он же { $topic })
alert-reason-title = упоминает { $name } в заголовке
alert-reason-tags = упоминает { $name } в тегах
alert-reason-summary = упоминает { $name } в кратком содержании
alert-reason-body = упоминает { $name } в тексте статьи

# Feed health notices
notice-failing-title = Лента не работает: { $feed }
notice-failing-line = Лента { $feed } ({ $section }) перестала работать { $age } и до сих пор не работает
notice-failing-detail = Причина: { $reason }. Её новости не попадают в дайджесты этого раздела, пока она снова не заработает; вам сообщат, когда это случится. Оператор уведомлён через журнал.
notice-recovered-title = Лента снова работает: { $feed }
notice-recovered-line = Лента { $feed } ({ $section }) снова работает
notice-recovered-detail = Она не работала { $span }; её свежие материалы снова попадают в дайджесты этого раздела.
notice-opt-out = Отключить эти уведомления: /status off.

# Words the renderers put around a story
label-why = Почему
label-more-sources = и ещё { $count }
label-untitled = (без заголовка)
label-source = источник
label-also = также
label-feed = лента

# Buttons (one style: a verb, then what it acts on)
button-summary = Пересказ { $number }
button-summary-of = Пересказ: { $title }
button-follow = Следить: { $topic }
button-more = Ещё из раздела «{ $section }»
button-unsubscribe = Отписаться от «{ $section }»
button-follow-prompt = Следить за темой…
button-unsubscribe-prompt = Отписаться…
button-stale = Эта кнопка больше не работает. Список команд: /help.
button-expired = Эта кнопка больше не работает. Что умеет newsdesk, покажет /help.
button-story-gone = Эта новость больше не хранится, поэтому следить не за чем.
unsubscribe-placeholder = Раздел, от которого отписаться
unsubscribe-which = Какой раздел больше не присылать сюда?
follow-modal-title = Следить за темой
follow-modal-label = Тема, затем другие названия после |

# Adapters' refusals
channel-not-visible = { $typed } — не канал, который я вижу.
channel-not-visible-why = Я могу действовать только в каналах, где я администратор с правом публиковать сообщения.
channel-not-visible-next = Добавьте меня туда и попробуйте ещё раз.
channel-not-channel = { $typed } — не канал.
channel-not-channel-why = После команды указывают только каналы.
channel-not-channel-next = Для группы отправьте команду в самой группе.
channel-only-admins = Только администраторы { $title } могут использовать /{ $command } для него.
channel-anyone-reads = Читать его может любой.
file-not-downloaded = Не удалось скачать файл из Telegram.
file-send-again = Отправьте его ещё раз чуть позже.
file-not-on-discord = Этот файл находится не на файловом сервере Discord.
file-attach-itself = Прикрепите сам файл к команде.
command-gone = { $typed } больше не команда newsdesk.
command-gone-why = Команды меняются, когда newsdesk обновляется.
command-gone-next = Введите /, чтобы увидеть актуальные.
slow-down = Вы отправляете команды быстрее, чем newsdesk успевает отвечать, поэтому последние были пропущены. Дождитесь ответов и попробуйте снова.
missing-permissions = Я пока не могу публиковать в { $place ->
    [thread] этой ветке
   *[channel] этом канале
  }: мне не хватает прав { $permissions }.
missing-permissions-ask = Попросите администратора сервера выдать newsdesk { $count ->
    [one] это право
    [few] эти права
    [many] эти права
   *[other] эти права
  } здесь и попробуйте снова.
unsubscribe-nothing = { $place ->
    [private] У этого чата нет подписок
    [thread] У этой ветки нет подписок
   *[channel] У этого канала нет подписок
  }, поэтому отписываться не от чего. Разделы: /sections.
channel-need-rights = Мне нужно быть администратором { $title } с правом публиковать сообщения.
