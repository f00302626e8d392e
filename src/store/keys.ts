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
 * | {p}:seen:{channel}:{updateId}        | string | an update already handled (idempotency, TTL) |
 * | {p}:dialog:{channel}:{chatId}:{user} | string | JSON: the step a person is at in a dialog    |
 * | {p}:lessons:progress:{chat}          | set    | lesson ids given to a chat (no repeats)      |
 * | {p}:lessons:plan:{push}              | hash   | chat → lesson id chosen for one push (TTL)   |
 * | {p}:lessons:fire:{schedule}:{sendAt} | string | lease holder, then "done" (one push, once)   |
 * | {p}:lessons:paused                   | set    | chats whose scheduled lessons are paused     |
 * | {p}:lessons:delivered:{chat}         | set    | lesson ids confirmed delivered to a chat     |
 * | {p}:lessons:stats:{chat}             | hash   | quiz takers, correct answers (all lessons)   |
 * | {p}:lessons:cooldown:{chat}          | string | /lesson on demand was used recently (TTL)    |
 * | {p}:quiz:{chat}:{lesson}:answers     | hash   | user → option (one answer per person, TTL)   |
 * | {p}:quiz:{chat}:{lesson}:tally       | hash   | option → count, n, right (TTL)               |
 * | {p}:edit-lock:{chat}:{messageId}     | string | throttles edits of one message (PX)          |
 * | {p}:notice:{id}                      | hash   | a notice: text, variants, audience, options  |
 * | {p}:notices                          | zset   | notice ids by creation time                  |
 * | {p}:notices:seq                      | string | last notice number                           |
 * | {p}:notice:{id}:acks:{chat}          | set    | users who pressed "got it" in a chat         |
 * | {p}:notice:{id}:ack-counts           | hash   | chat → acknowledgements                      |
 * | {p}:notice-confirm:{draft}           | string | a draft already confirmed (no double send)   |
 * | {p}:dlv:b:{broadcastId}              | hash   | a broadcast: kind, counters, progress target  |
 * | {p}:dlv:b:{broadcastId}:state        | hash   | chat → pending / sent / failed / cancelled    |
 * | {p}:dlv:b:{broadcastId}:refs         | hash   | chat → JSON MessageRef of the sent message    |
 * | {p}:dlv:b:{broadcastId}:failed       | hash   | chat → JSON { reason, detail } of a failure   |
 * | {p}:dlv:b:{broadcastId}:plock        | string | who is editing the progress message (PX)      |
 * | {p}:dlv:b:{broadcastId}:pthrottle    | string | set while progress edits are throttled (PX)   |
 * | {p}:dlv:jobs                         | hash   | job ("{broadcastId} {chat}") → JSON payload   |
 * | {p}:dlv:attempts                     | hash   | job → failed attempts so far                  |
 * | {p}:dlv:ready:{channel}              | zset   | jobs waiting, scored by due time (ms)         |
 * | {p}:dlv:leased:{channel}             | zset   | jobs being sent, scored by lease expiry (ms)  |
 * | {p}:dlv:win:{channel}                | zset   | send slots taken on a channel, by time (ms)   |
 * | {p}:dlv:chatwin:{channel}:{chatId}   | zset   | send slots taken in one chat, by time (ms)    |
 * | {p}:dlv:pause:{channel}              | string | set while a channel honours a retry_after (PX)|
 * | {p}:dlv:seq                          | string | counter naming send slots                     |
 * | {p}:faq:votes:{entryId}              | hash   | voter (channel:user) → up / down             |
 * | {p}:faq:gaps                         | zset   | normalised unanswered question → times asked |
 * | {p}:faq:pending:{id}                 | string | JSON: a question a button may pass on (TTL)  |
 * | {p}:faq:forwarded:{branchId}         | list   | JSON: questions passed to a branch (newest first) |
 * | {p}:station:{id}:reports:{date}      | hash   | problem (closed/nowater/full) → count (TTL)  |
 * | {p}:station:{id}:reporters:{date}    | set    | "problem:voter" already counted today (TTL)  |
 * | {p}:ticket:{id}                      | hash   | a ticket (急难愁盼 report): state, deadlines, text |
 * | {p}:ticket:{id}:body                 | string | JSON: the report's text, summary and evidence |
 * | {p}:ticket:{id}:events               | list   | JSON events, append-only: seq, type, at, by   |
 * | {p}:tickets:seq:{prefix}-{year}      | string | last ticket number of a year (INCR)           |
 * | {p}:tickets:draft:{ch}:{user}:{id}   | string | ticket made from an intake draft (idempotency)|
 * | {p}:tickets:created                  | zset   | every ticket id by creation time (ms)         |
 * | {p}:tickets:due                      | zset   | open tickets by their next deadline (ms)      |
 * | {p}:tickets:resolved                 | zset   | resolved tickets awaiting the worker, by time |
 * | {p}:tickets:pending                  | hash   | ticket → last event seq whose effects are due |
 * | {p}:queue:{branchId}                 | zset   | a branch's open tickets, urgency then deadline|
 * | {p}:worker:{channel}:{user}:tickets  | zset   | a worker's tickets by creation time           |
 * | {p}:reportlink:{token}               | string | group chat (channel:chatId) of a /report link |
 * | {p}:reportlink:chat:{chat}           | string | the token of a group's /report link           |
 * | {p}:jobs:fire:{job}:{fireId}         | string | lease holder of one run of a scheduled job, then "done" |
 * | {p}:tickets:retention:mark           | string | creation time (ms) before which every ticket is anonymised |
 */
export type Keys = ReturnType<typeof createKeys>;

export function createKeys(prefix = 'ws') {
  const k = (...parts: string[]) => [prefix, ...parts].join(':');
  return {
    prefix,
    group: (chatKey: string) => k('group', chatKey),
    groups: () => k('groups'),
    branchGroups: (branchId: string) => k('branch', branchId, 'groups'),
    seenUpdate: (channel: string, updateId: string) => k('seen', channel, updateId),
    dialog: (channel: string, chatId: string, userId: string) => k('dialog', channel, chatId, userId),
    lessonProgress: (chat: string) => k('lessons', 'progress', chat),
    lessonPlan: (push: string) => k('lessons', 'plan', push),
    lessonFire: (scheduleId: string, sendAt: number) => k('lessons', 'fire', scheduleId, String(sendAt)),
    lessonsPaused: () => k('lessons', 'paused'),
    lessonDelivered: (chat: string) => k('lessons', 'delivered', chat),
    lessonStats: (chat: string) => k('lessons', 'stats', chat),
    lessonCooldown: (chat: string) => k('lessons', 'cooldown', chat),
    quizAnswers: (chat: string, lessonId: string) => k('quiz', chat, lessonId, 'answers'),
    quizTally: (chat: string, lessonId: string) => k('quiz', chat, lessonId, 'tally'),
    editLock: (chat: string, messageId: string) => k('edit-lock', chat, messageId),
    notice: (id: string) => k('notice', id),
    notices: () => k('notices'),
    noticeSeq: () => k('notices', 'seq'),
    noticeAcks: (id: string, chat: string) => k('notice', id, 'acks', chat),
    noticeAckCounts: (id: string) => k('notice', id, 'ack-counts'),
    noticeConfirm: (draft: string) => k('notice-confirm', draft),
    delivery: {
      broadcast: (id: string) => k('dlv', 'b', id),
      state: (id: string) => k('dlv', 'b', id, 'state'),
      refs: (id: string) => k('dlv', 'b', id, 'refs'),
      failed: (id: string) => k('dlv', 'b', id, 'failed'),
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
      seq: () => k('dlv', 'seq'),
    },
    faqVotes: (entryId: string) => k('faq', 'votes', entryId),
    faqGaps: () => k('faq', 'gaps'),
    faqPending: (id: string) => k('faq', 'pending', id),
    faqForwarded: (branchId: string) => k('faq', 'forwarded', branchId),
    stationReports: (stationId: string, date: string) => k('station', stationId, 'reports', date),
    stationReporters: (stationId: string, date: string) => k('station', stationId, 'reporters', date),
    ticket: (id: string) => k('ticket', id),
    ticketBody: (id: string) => k('ticket', id, 'body'),
    ticketEvents: (id: string) => k('ticket', id, 'events'),
    /** Prefix the ticket scripts append a new ticket's number to (the number is made inside the script). */
    ticketPrefix: () => k('ticket') + ':',
    ticketSeq: (numberPrefix: string) => k('tickets', 'seq', numberPrefix),
    ticketDraft: (channel: string, userId: string, draftId: string) =>
      k('tickets', 'draft', channel, userId, draftId),
    ticketsCreated: () => k('tickets', 'created'),
    ticketsDue: () => k('tickets', 'due'),
    ticketsResolved: () => k('tickets', 'resolved'),
    ticketsPending: () => k('tickets', 'pending'),
    branchQueue: (branchId: string) => k('queue', branchId),
    workerTickets: (channel: string, userId: string) => k('worker', channel, userId, 'tickets'),
    reportLink: (token: string) => k('reportlink', token),
    reportLinkOfChat: (chat: string) => k('reportlink', 'chat', chat),
    jobFire: (job: string, fireId: string) => k('jobs', 'fire', job, fireId),
    ticketsRetentionMark: () => k('tickets', 'retention', 'mark'),
    /** The board's single-use sign-in links and sessions, by the SHA-256 of the secret (a dump leaks nothing usable). */
    boardLink: (hash: string) => k('board', 'link', hash),
    boardSession: (hash: string) => k('board', 'session', hash),
  };
}
