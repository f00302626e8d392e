/**
 * Every Redis key the bot uses is built here, under one prefix (default `ws`), so the whole key space
 * is visible in one place. Tests give each file its own prefix.
 *
 * | key                                  | type   | holds                                        |
 * |--------------------------------------|--------|----------------------------------------------|
 * | {p}:group:{channel}:{chatId}         | hash   | a chat's binding: branch, locale, tags, topic |
 * | {p}:board:link:{sha256}              | string | JSON: who a board sign-in link is for (TTL)   |
 * | {p}:board:session:{sha256}           | string | JSON: a board session: who, CSRF token (TTL)  |
 * | {p}:groups                           | set    | every bound chat (channel:chatId)            |
 * | {p}:branch:{branchId}:groups         | set    | chats bound to one branch                    |
 * | {p}:branch:{branchId}:created        | zset   | a branch's tickets of every state by creation time (ms) |
 * | {p}:tickets:branch-indexed           | string | "1": every ticket is in its branch's created index |
 * | {p}:chats:moved                      | hash   | old chat → new chat, for chats that moved (a Telegram group upgraded to a supergroup) |
 * | {p}:chats:resent-unsure:{chat}:{msg} | string | "1": a send had no answer — the copy may be there (7 d): an edit of {msg} sent afresh to a moved chat, or a ticket's message ({msg} = {ticket}:{what}:{digest}) |
 * | {p}:seen:{channel}:{updateId}        | string | an update whose handling finished (TTL)      |
 * | {p}:upd:pending                      | hash   | update being handled ({channel}:{updateId}) → JSON Incoming |
 * | {p}:upd:leases                       | zset   | update being handled → its lease expiry (ms) |
 * | {p}:upd:replies:{channel}:{updateId} | hash   | n → JSON MessageRef: replies an update already sent (TTL) |
 * | {p}:thread:{channel:chat}:{thread}:{user} | string | the bot answered this person in this thread (TTL a day) |
 * | {p}:dialog:{channel}:{chatId}:{user} | string | JSON: the step a person is at in a dialog    |
 * | {p}:said:{channel}:{chatId}:{user}   | string | JSON: a person's last words there, numbers masked, for a fragment after them (TTL: as long as the run can go on, 35 s / 125 s; replaced only if unchanged: Lua value-replace-1) |
 * | {p}:said:{channel}:{chatId}:{user}:gaps | hash | since → first piece (ms); gap question → its details key: the gaps those words' pieces logged (TTL) |
 * | {p}:lessons:progress:{chat}          | set    | lesson ids given to a chat (no repeats)      |
 * | {p}:lessons:places:{chat}            | hash   | lesson id → "series|N": the 第 N 课 a chat was shown (moves with the chat) |
 * | {p}:lessons:plan:{push}              | hash   | chat → lesson id chosen for one push (TTL)   |
 * | {p}:lessons:fire:{schedule}:{sendAt} | string | lease holder, then "done" (one push, once)   |
 * | {p}:lessons:paused                   | set    | chats whose scheduled lessons are paused     |
 * | {p}:lessons:paused:{schedule}        | set    | chats that paused one schedule's series      |
 * | {p}:lessons:ran-out:{schedule}       | string | send time of the first push that found no lesson left (NX; told once) |
 * | {p}:lessons:ticked                   | hash   | schedule → when a tick last looked at it (ms): an outage over a day is told |
 * | {p}:people:lang:{channel}:{user}     | string | locale a person last wrote in (TTL 30 d)     |
 * | {p}:people:flood:{channel}:{chat}:{user}:{minute} | string | messages one person sent to the bot in one chat in one minute (Lua, TTL) |
 * | {p}:people:groups:{channel}:{user}   | hash   | a worker's bound groups (`channel:chat` → "asked|seen branch ms") and `chose` → "chose branch ms": where a private question goes (Lua, 90 d after the last) |
 * | {p}:lessons:delivered:{chat}         | set    | lesson ids confirmed delivered to a chat     |
 * | {p}:lessons:stats:{chat}             | hash   | quiz takers, correct answers (all lessons)   |
 * | {p}:lessons:cooldown:{chat}          | string | /lesson on demand was used recently (TTL)    |
 * | {p}:quiz:{chat}:{lesson}:answers     | hash   | user → option (one answer per person, TTL)   |
 * | {p}:quiz:{chat}:{lesson}:tally       | hash   | option → count, n, right (TTL)               |
 * | {p}:edit-lock:{chat}:{messageId}     | string | throttles edits of one message (PX)          |
 * | {p}:notice:{id}                      | hash   | a notice: json, status, rev + revision (the  |
 * |                                      |        | latest correction), withdrawnAt, expired     |
 * | {p}:notices                          | zset   | notice ids by creation time                  |
 * | {p}:notices:seq                      | string | last notice number                           |
 * | {p}:notices:scheduled                | zset   | notices waiting for their send time → sendAt |
 * | {p}:notices:expiring                 | zset   | pinned notices to unpin → expiresAt          |
 * | {p}:notice:{id}:acks:{chat}          | set    | users who pressed "got it" in a chat (before stop 39; 90 d from a press) |
 * | {p}:notice:{id}:acked:{chat}:{user}  | string | this person pressed "got it" here (90 d; then a press counts again) |
 * | {p}:notice:{id}:ack-counts           | hash   | chat → acknowledgements                      |
 * | {p}:notice:{id}:ack-revs             | hash   | "<chat> <rev>" → acknowledgements of that version |
 * | {p}:notice:{id}:ackers:{chat}        | zset   | [user, name, rev] by press time (90 d each)  |
 * | {p}:notice-confirm:{draft}           | string | a draft already confirmed (no double send)   |
 * | {p}:post:{chat}:{messageId}          | string | JSON: the notice / lesson a message is (TTL)  |
 * | {p}:post:latest-notice:{chat}        | string | JSON: a chat's latest notice (TTL)            |
 * | {p}:post:latest-lesson:{chat}        | string | JSON: a chat's latest lesson (TTL)            |
 * | {p}:dlv:b:{broadcastId}              | hash   | a broadcast: kind, counters, progress target  |
 * | {p}:dlv:b:{broadcastId}:state        | hash   | chat → pending / sent / failed / cancelled / unsure |
 * | {p}:dlv:b:{broadcastId}:refs         | hash   | chat → JSON MessageRef of the sent message    |
 * | {p}:dlv:b:{broadcastId}:failed       | hash   | chat → JSON { reason, detail } of a failure   |
 * | {p}:dlv:b:{broadcastId}:unsure       | hash   | chat → 1: a try had no answer, may be there   |
 * | {p}:dlv:b:{broadcastId}:plock        | string | who is editing the progress message (PX)      |
 * | {p}:dlv:b:{broadcastId}:pthrottle    | string | set while progress edits are throttled (PX)   |
 * | {p}:dlv:jobs                         | hash   | job ("{broadcastId} {chat}") → JSON payload   |
 * | {p}:dlv:attempts                     | hash   | job → failed attempts so far                  |
 * | {p}:dlv:ready:{channel}              | zset   | jobs waiting, scored by due time (ms)         |
 * | {p}:dlv:leased:{channel}             | zset   | jobs being sent, scored by lease expiry (ms)  |
 * | {p}:dlv:win:{channel}                | zset   | send slots taken on a channel, by time (ms)   |
 * | {p}:dlv:chatwin:{channel}:{chatId}   | zset   | send slots taken in one chat, by time (ms)    |
 * | {p}:dlv:pause:{channel}              | string | set while a channel honours a retry_after (PX)|
 * | {p}:dlv:iwait:{channel}              | zset   | interactive requests waiting for a slot → until when (ms) |
 * | {p}:dlv:hot:{channel}                | string | set while interactive traffic was seen lately (PX) |
 * | {p}:dlv:seq                          | string | counter naming send slots                     |
 * | {p}:faq:votes:{entryId}              | hash   | #up / #down: the entry's vote counts          |
 * | {p}:faq:votes:{entryId}:by:{voter}   | string | up / down: one person's vote (30 d; then a vote is new) |
 * | {p}:faq:gaps                         | zset   | normalised unanswered / 👎 question → count   |
 * | {p}:faq:forwarded:{branchId}         | list   | ids of questions passed to a branch (newest first) |
 * | {p}:faq:q:{id}                       | hash   | a worker's question: text (phone and ID numbers masked, typed in pieces too), where asked, branch, status, answer (TTL) |
 * | {p}:faq:answered:{chat}:{messageId}  | string | question id behind an answer the bot sent (for 👎, TTL) |
 * | {p}:faq:gap:{gapId}                  | hash   | one /gaps line: normalised text, a sample, asked, 👎, status, askers' picks (TTL) |
 * | {p}:faq:learned:{districtId}         | hash   | normalised question → JSON { entry, text, by, at } (learned examples) |
 * | {p}:faq:learned:{districtId}:version | string | bumped on every learned example and confirmed draft (rebuild the index) |
 * | {p}:faq:draft:{id}                   | string | JSON: a draft entry written, not yet confirmed (TTL; replaced only if unchanged, TTL kept: Lua value-replace-1) |
 * | {p}:faq:topic:{ch}:{chat}:{u}        | string | last question with a topic, numbers masked (TTL) |
 * | {p}:faq:last:{ch}:{chat}:{u}         | string | JSON: the last full answer one person got in a chat: fingerprint, message, when; or one claimed, being sent (Lua, TTL) |
 * | {p}:faq:drafts:{districtId}          | hash   | draft id → JSON: confirmed drafts, answering until the pack carries them (export) |
 * | {p}:faq:numbers-hidden:{districtId}  | string | the stop whose masking kept text was last rewritten with: "1" stop 41's (runs of digits hidden), "43" (kept questions, tickets' words, learned examples, drafts, gaps) |
 * | {p}:faq:model:budget:{person}:{minute} | string | model answers one person got in one minute (Lua, TTL) |
 * | {p}:faq:model:answer:{hash}          | string | JSON: a vetted model answer for (entries, question, locale) (TTL) |
 * | {p}:station:{id}:reports:{date}      | hash   | problem (closed/nowater/full) → count (TTL)  |
 * | {p}:station:{id}:reporters:{date}    | set    | "problem:voter" already counted today (TTL)  |
 * | {p}:stations:shown:{ch}:{chat}:{u}   | string | JSON: ids a numbered station list showed (TTL) |
 * | {p}:ticket:{id}                      | hash   | a ticket (急难愁盼 report): state, deadlines, text |
 * | {p}:ticket:{id}:body                 | string | JSON: the report's text, summary and evidence |
 * | {p}:ticket:{id}:events               | list   | JSON events, append-only: seq, type, at, by   |
 * | {p}:ticketcard:{ch}:{chat}:{message} | string | the ticket whose triage card that message is (1 year) |
 * | {p}:ticket:{id}:copies               | hash   | packed ref → JSON: other messages showing it with buttons (30 days) |
 * | {p}:ticket:{id}:photos-shown:{where} | string | its photos were just shown to a person in a chat (10 minutes) |
 * | {p}:tickets:seq:{prefix}-{year}      | string | last ticket number of a year (INCR)           |
 * | {p}:tickets:draft:{ch}:{user}:{id}   | string | ticket made from an intake draft (idempotency)|
 * | {p}:tickets:created                  | zset   | every ticket id by creation time (ms)         |
 * | {p}:tickets:due                      | zset   | open tickets by their next deadline (ms)      |
 * | {p}:tickets:resolved                 | zset   | resolved tickets awaiting the worker, by time |
 * | {p}:tickets:waiting                  | zset   | tickets waiting on their reporter, by waitingSince |
 * | {p}:tickets:pending                  | hash   | ticket → last event seq whose effects are due |
 * | {p}:tickets:mirrors-owed             | hash   | ticket|channel → first failure (ms): a card copy to post again |
 * | {p}:relayed:{packed source ref}      | string | JSON { id, seq, relayed }: a worker's message relayed to a ticket (7 d) |
 * | {p}:staff:names                      | hash   | staff person key → display name as last seen (hand-over picker) |
 * | {p}:queue:{branchId}                 | zset   | a branch's open tickets, urgency then deadline|
 * | {p}:queue:{branchId}:cat:{category}  | zset   | the same, one category (the board's filter)   |
 * | {p}:queue:{branchId}:catidx          | string | "1": the category queues hold every open ticket |
 * | {p}:worker:{channel}:{user}:tickets  | zset   | a worker's tickets by creation time           |
 * | {p}:reportlink:{token}               | string | group chat (channel:chatId) of a /report link |
 * | {p}:reportlink:chat:{chat}           | string | the token of a group's /report link           |
 * | {p}:reportwords:{channel}:{user}     | string | JSON words kept for the private report (30 min) |
 * | {p}:jobs:fire:{job}:{fireId}         | string | lease holder of one run of a scheduled job, then "done" |
 * | {p}:content:told                     | string | what organisers were last told of a pack reload: ok / bad:{hash} (30 d) |
 * | {p}:content:checked:{digest}         | string | this pack version was checked for what it leaves behind (NX, 1 y) |
 * | {p}:content:names:{branch|category} | hash   | id → JSON {locale: name}: the name each id last had in a pack |
 * | {p}:menus:{channel}                | hash   | command menu (scope|language) → hash of what was last published |
 * | {p}:tickets:retention:mark           | string | creation time (ms) before which every ticket is anonymised |
 * | {p}:fig:{branch}:{YYYY-MM}           | hash   | figures counters of a branch's tickets created in a local month |
 * | {p}:fig:{branch}:{YYYY-MM}:{zset}    | zset   | unresp/unres (by deadline), await/awaitOn (by resolvedAt) |
 * | {p}:fig:day:{YYYY-MM-DD}             | hash   | branch|category|area → tickets created that local day |
 * | {p}:fig:counted                      | string | "1": every ticket is in the figures counters (backfill done) |
 * | {p}:lease:{name}                     | string | holder of a process-wide role, e.g. `poll:telegram` (PX) |
 * | {p}:release:level                    | string | the highest release level started on this Redis: older replicas step aside (Lua) |
 * | {p}:turn:{channel}:{chatId}          | string | the update of a chat being handled now (token, PX) |
 * | {p}:turn:{channel}:{chatId}:waiting  | zset   | updates of a chat waiting their turn: token → update id |
 * | {p}:turn:{channel}:{chatId}:alive    | hash   | token → ms after which a silent waiter is dropped |
 */
export type Keys = ReturnType<typeof createKeys>;

export function createKeys(prefix = 'ws') {
  const k = (...parts: string[]) => [prefix, ...parts].join(':');
  return {
    prefix,
    group: (chatKey: string) => k('group', chatKey),
    publishedMenus: (channel: string) => k('menus', channel),
    groups: () => k('groups'),
    branchGroups: (branchId: string) => k('branch', branchId, 'groups'),
    /** Prefix and suffix of `branchGroups`, for scripts that read the branch before naming its set. */
    branchGroupsAffix: () => [k('branch') + ':', ':groups'] as const,
    /** Chats that moved to a new id: old chat key → new (core/groups/moves.ts). */
    chatsMoved: () => k('chats', 'moved'),
    /** A message of a moved chat whose afresh copy may be in the new chat (its send had no answer): core/groups/moves.ts. */
    resendUnsure: (message: string) => k('chats', 'resent-unsure', message),
    seenUpdate: (channel: string, updateId: string) => k('seen', channel, updateId),
    /** A thread where the bot answered a person (a Slack channel thread): their next message there is for it. */
    answeredThread: (chat: string, thread: string, user: string) => k('thread', chat, thread, user),
    updates: {
      pending: () => k('upd', 'pending'),
      leases: () => k('upd', 'leases'),
      replies: (channel: string, updateId: string) => k('upd', 'replies', channel, updateId),
    },
    dialog: (channel: string, chatId: string, userId: string) => k('dialog', channel, chatId, userId),
    lastWords: (channel: string, chatId: string, userId: string) => k('said', channel, chatId, userId),
    /** The gaps a person's pieces logged, withdrawn when a later piece is read with them (faq-gap-piece-3). */
    pieceGaps: (channel: string, chatId: string, userId: string) =>
      k('said', channel, chatId, userId, 'gaps'),
    lessonProgress: (chat: string) => k('lessons', 'progress', chat),
    lessonPlaces: (chat: string) => k('lessons', 'places', chat),
    lessonPlan: (push: string) => k('lessons', 'plan', push),
    lessonFire: (scheduleId: string, sendAt: number) => k('lessons', 'fire', scheduleId, String(sendAt)),
    lessonRanOut: (scheduleId: string) => k('lessons', 'ran-out', scheduleId),
    lessonsPaused: () => k('lessons', 'paused'),
    /** Hash: schedule id → when the scheduler last looked at it (epoch ms). */
    lessonsTicked: () => k('lessons', 'ticked'),
    lessonsPausedSchedule: (scheduleId: string) => k('lessons', 'paused', scheduleId),
    /** Prefix of `lessonsPausedSchedule`, for the script that moves a chat across every series it names. */
    lessonsPausedSchedulePrefix: () => k('lessons', 'paused') + ':',
    writtenLocale: (channel: string, userId: string) => k('people', 'lang', channel, userId),
    peopleFlood: (channel: string, chatId: string, userId: string, minute: number) =>
      k('people', 'flood', channel, chatId, userId, String(minute)),
    /** A worker's bound groups and chosen branch (core/faq/worker-branch.ts). */
    workerGroups: (channel: string, userId: string) => k('people', 'groups', channel, userId),
    lessonDelivered: (chat: string) => k('lessons', 'delivered', chat),
    lessonStats: (chat: string) => k('lessons', 'stats', chat),
    lessonCooldown: (chat: string) => k('lessons', 'cooldown', chat),
    quizAnswers: (chat: string, lessonId: string) => k('quiz', chat, lessonId, 'answers'),
    quizTally: (chat: string, lessonId: string) => k('quiz', chat, lessonId, 'tally'),
    editLock: (chat: string, messageId: string) => k('edit-lock', chat, messageId),
    notice: (id: string) => k('notice', id),
    notices: () => k('notices'),
    noticeSeq: () => k('notices', 'seq'),
    noticesScheduled: () => k('notices', 'scheduled'),
    noticesExpiring: () => k('notices', 'expiring'),
    /** Who pressed "got it" in a chat, as kept before stop 39 (one set, no expiry until its next press). */
    noticeAcks: (id: string, chat: string) => k('notice', id, 'acks', chat),
    /** One person's "got it" in a chat, remembered 90 days (store/notices.ts ACKER_KEPT_MS). */
    noticeAcked: (id: string, chat: string, user: string) => k('notice', id, 'acked', chat, user),
    noticeAckCounts: (id: string) => k('notice', id, 'ack-counts'),
    /** Acknowledgements per version: "<chat> <rev>" → count (rev 0: the words first sent). */
    noticeAckRevs: (id: string) => k('notice', id, 'ack-revs'),
    /** Who pressed "got it" in a chat: [user, name, rev] by press time, each kept 90 days. */
    noticeAckers: (id: string, chat: string) => k('notice', id, 'ackers', chat),
    noticeConfirm: (draft: string) => k('notice-confirm', draft),
    post: (chat: string, messageId: string) => k('post', chat, messageId),
    latestNotice: (chat: string) => k('post', 'latest-notice', chat),
    latestLesson: (chat: string) => k('post', 'latest-lesson', chat),
    delivery: {
      broadcast: (id: string) => k('dlv', 'b', id),
      state: (id: string) => k('dlv', 'b', id, 'state'),
      refs: (id: string) => k('dlv', 'b', id, 'refs'),
      failed: (id: string) => k('dlv', 'b', id, 'failed'),
      /** chat → 1: a try may have reached the chat with no answer (kept as long as the broadcast's record). */
      unsure: (id: string) => k('dlv', 'b', id, 'unsure'),
      progressLock: (id: string) => k('dlv', 'b', id, 'plock'),
      progressThrottle: (id: string) => k('dlv', 'b', id, 'pthrottle'),
      jobs: () => k('dlv', 'jobs'),
      attempts: () => k('dlv', 'attempts'),
      ready: (channel: string) => k('dlv', 'ready', channel),
      leased: (channel: string) => k('dlv', 'leased', channel),
      window: (channel: string) => k('dlv', 'win', channel),
      /** Prefix of the per-chat windows; the scripts append `{channel}:{chatId}` to it. */
      chatWindowPrefix: () => k('dlv', 'chatwin') + ':',
      pause: (channel: string) => k('dlv', 'pause', channel),
      interactiveWaiting: (channel: string) => k('dlv', 'iwait', channel),
      interactiveHot: (channel: string) => k('dlv', 'hot', channel),
      seq: () => k('dlv', 'seq'),
    },
    faqVotes: (entryId: string) => k('faq', 'votes', entryId),
    /** One voter's (`channel:user`) vote on an entry, remembered for a while (store/faq.ts VOTER_KEPT_S). */
    faqVoter: (entryId: string, voter: string) => k('faq', 'votes', entryId, 'by', voter),
    faqGaps: () => k('faq', 'gaps'),
    faqForwarded: (branchId: string) => k('faq', 'forwarded', branchId),
    /** Prefix the pass script appends a branch id to (the branch is read inside the script). */
    faqForwardedPrefix: () => k('faq', 'forwarded') + ':',
    faqQuestion: (id: string) => k('faq', 'q', id),
    faqAnswered: (chat: string, messageId: string) => k('faq', 'answered', chat, messageId),
    faqGap: (gapId: string) => k('faq', 'gap', gapId),
    faqLearned: (districtId: string) => k('faq', 'learned', districtId),
    faqLearnedVersion: (districtId: string) => k('faq', 'learned', districtId, 'version'),
    faqDraft: (id: string) => k('faq', 'draft', id),
    faqDrafts: (districtId: string) => k('faq', 'drafts', districtId),
    /** Set once the stop 41 upgrade hid the numbers in what the pack's FAQ kept (core/faq/upgrade.ts). */
    faqNumbersHidden: (districtId: string) => k('faq', 'numbers-hidden', districtId),
    /** SCAN patterns of every gap's details and every draft awaiting confirmation (that upgrade only). */
    faqGapPattern: () => k('faq', 'gap', '*'),
    faqDraftPattern: () => k('faq', 'draft', '*'),
    faqQuestionPattern: () => k('faq', 'q', '*'),
    stationReports: (stationId: string, date: string) => k('station', stationId, 'reports', date),
    stationReporters: (stationId: string, date: string) => k('station', stationId, 'reporters', date),
    /** The last numbered station list shown to a person in a chat ("2" picks from it). */
    stationList: (channel: string, chatId: string, userId: string) =>
      k('stations', 'shown', channel, chatId, userId),
    /** The last question with a topic a person asked in a chat (a follow-up without one is asked of it). */
    faqTopic: (channel: string, chatId: string, userId: string) => k('faq', 'topic', channel, chatId, userId),
    faqLastAnswer: (channel: string, chat: string, userId: string) => k('faq', 'last', channel, chat, userId),
    /** Model answers one person (`channel:user`) got in one minute (epoch minute). */
    faqModelBudget: (person: string, minute: number) => k('faq', 'model', 'budget', person, String(minute)),
    /** A vetted model answer, by a hash of what the model was asked. */
    faqModelAnswer: (hash: string) => k('faq', 'model', 'answer', hash),
    ticket: (id: string) => k('ticket', id),
    /** By the message alone (ids are unique in a chat): a Slack thread reply names its parent with the thread set. */
    ticketCard: (channel: string, chatId: string, messageId: string) =>
      k('ticketcard', channel, chatId, messageId),
    /** A worker's message relayed to staff as a ticket's reply (its source packed as a card ref): followed for edits. */
    relayedMessage: (source: string) => k('relayed', source),
    ticketBody: (id: string) => k('ticket', id, 'body'),
    ticketEvents: (id: string) => k('ticket', id, 'events'),
    /** Staff views and reminders that show a ticket with its buttons (QA7 #5). */
    ticketCopies: (id: string) => k('ticket', id, 'copies'),
    /** A person was just shown a ticket's photos in a chat (a repeat view does not post them again). */
    ticketPhotosShown: (id: string, where: string) => k('ticket', id, 'photos-shown', where),
    /** Prefix the ticket scripts append a new ticket's number to (the number is made inside the script). */
    ticketPrefix: () => k('ticket') + ':',
    ticketSeq: (numberPrefix: string) => k('tickets', 'seq', numberPrefix),
    ticketDraft: (channel: string, userId: string, draftId: string) =>
      k('tickets', 'draft', channel, userId, draftId),
    ticketsCreated: () => k('tickets', 'created'),
    /** Kept by the ticket scripts (lua/includes/ticket.lua created_sync), which build it from the prefix. */
    branchCreated: (branchId: string) => k('branch', branchId, 'created'),
    branchPrefix: () => k('branch') + ':',
    ticketsBranchIndexed: () => k('tickets', 'branch-indexed'),
    ticketsDue: () => k('tickets', 'due'),
    ticketsResolved: () => k('tickets', 'resolved'),
    ticketsWaiting: () => k('tickets', 'waiting'),
    ticketsPending: () => k('tickets', 'pending'),
    /** Copies of cards for a branch's other platform that failed for a passing reason: to be posted later. */
    ticketsMirrorsOwed: () => k('tickets', 'mirrors-owed'),
    /** Staff display names as last seen (person key → name): the hand-over picker names colleagues with them. */
    staffNames: () => k('staff', 'names'),
    branchQueue: (branchId: string) => k('queue', branchId),
    /** Must match lua/includes/ticket.lua catq_sync. */
    branchCategoryQueue: (branchId: string, category: string) => k('queue', branchId, 'cat', category),
    branchCategoryIndexed: (branchId: string) => k('queue', branchId, 'catidx'),
    workerTickets: (channel: string, userId: string) => k('worker', channel, userId, 'tickets'),
    reportLink: (token: string) => k('reportlink', token),
    reportLinkOfChat: (chat: string) => k('reportlink', 'chat', chat),
    /** Prefix of `reportLink`, for the script that reads a chat's token before naming its key. */
    reportLinkPrefix: () => k('reportlink') + ':',
    reportWords: (person: string) => k('reportwords', person),
    jobFire: (job: string, fireId: string) => k('jobs', 'fire', job, fireId),
    contentTold: () => k('content', 'told'),
    contentChecked: (digest: string) => k('content', 'checked', digest),
    contentNames: (kind: 'branch' | 'category') => k('content', 'names', kind),
    ticketsRetentionMark: () => k('tickets', 'retention', 'mark'),
    /** Figures counters (built inside the ticket scripts from the ticket key: lua/includes/ticket.lua). */
    figures: (branch: string, month: string) => k('fig', branch, month),
    figuresZ: (branch: string, month: string, set: 'unresp' | 'unres' | 'await' | 'awaitOn') =>
      k('fig', branch, month, set),
    figuresDay: (date: string) => k('fig', 'day', date),
    figuresCounted: () => k('fig', 'counted'),
    lease: (name: string) => k('lease', name),
    /** The highest release level (src/version.ts RELEASE_LEVEL) that started on this Redis (core/release.ts). */
    releaseLevel: () => k('release', 'level'),
    turn: (channel: string, chatId: string) => k('turn', channel, chatId),
    turnWaiting: (channel: string, chatId: string) => k('turn', channel, chatId, 'waiting'),
    turnAlive: (channel: string, chatId: string) => k('turn', channel, chatId, 'alive'),
    /** The board's single-use sign-in links and sessions, by the SHA-256 of the secret (a dump leaks nothing usable). */
    boardLink: (hash: string) => k('board', 'link', hash),
    boardSession: (hash: string) => k('board', 'session', hash),
  };
}
