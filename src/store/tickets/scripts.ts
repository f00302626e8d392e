/** The Lua scripts of tickets (lua/ticket-*.lua), as the ioredis commands the repository's parts call. */
import type { Result } from 'ioredis';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    ticketCreate(...args: string[]): Result<string[], Context>;
    ticketClaim(...args: string[]): Result<string[], Context>;
    ticketAsk(...args: string[]): Result<string[], Context>;
    ticketReply(...args: string[]): Result<string[], Context>;
    ticketReplyEdit(...args: string[]): Result<string[], Context>;
    ticketResolve(...args: string[]): Result<string[], Context>;
    ticketClose(...args: string[]): Result<string[], Context>;
    ticketReopen(...args: string[]): Result<string[], Context>;
    ticketMove(...args: string[]): Result<string[], Context>;
    ticketExtend(...args: string[]): Result<string[], Context>;
    ticketDecide(...args: string[]): Result<string[], Context>;
    ticketEscalate(...args: string[]): Result<string[], Context>;
    ticketRate(...args: string[]): Result<string[], Context>;
    ticketFlag(...args: string[]): Result<string[], Context>;
    ticketHandover(...args: string[]): Result<string[], Context>;
    ticketWithdraw(...args: string[]): Result<string[], Context>;
    ticketCategory(...args: string[]): Result<string[], Context>;
    ticketCard(
      key: string,
      index: string,
      branch: string,
      ref: string,
      id: string,
      ttl: string,
    ): Result<number, Context>;
    ticketCopy(
      key: string,
      copies: string,
      index: string,
      ref: string,
      copy: string,
      id: string,
      ttl: string,
      indexTtl: string,
      max: string,
      view: string,
    ): Result<(number | string)[], Context>;
    ticketEffectsDone(ticket: string, pending: string, id: string, seq: string): Result<number, Context>;
    ticketEffectMark(ticket: string, seq: string, field: string): Result<number, Context>;
    hashReplace(key: string, field: string, value: string): Result<number, Context>;
    ticketMaskKept(
      ticket: string,
      body: string,
      summaryRead: string,
      summary: string,
      bodyRead: string,
      newBody: string,
    ): Result<number, Context>;
    ticketAnonymise(
      ticket: string,
      events: string,
      worker: string,
      body: string,
      now: string,
      reporter: string,
    ): Result<number, Context>;
  }
}

export const SCRIPTS = [
  'ticket-mask-kept-2',
  'ticket-create-7',
  'ticket-claim-5',
  'ticket-ask-6',
  'ticket-reply-6',
  'ticket-reply-edit-3',
  'ticket-resolve-7',
  'ticket-close-4',
  'ticket-reopen-6',
  'ticket-move-8',
  'ticket-extend-3',
  'ticket-decide-5',
  'ticket-escalate-3',
  'ticket-rate-3',
  'ticket-flag-3',
  'ticket-handover-3',
  'ticket-withdraw-6',
  'ticket-category-3',
  'ticket-card-2',
  'ticket-copy-3',
  'ticket-effects-done-2',
  'ticket-effect-mark-1',
  'ticket-anonymise-4',
  'hash-replace-1',
] as const;
