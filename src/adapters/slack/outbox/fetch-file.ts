/**
 * A file a person sent, fetched server-side (the board's evidence): files.info, then the file's private download URL
 * with the bot token in a header — only to Slack's file hosts (or the configured API's own host), capped in size and
 * time; neither the token nor the URL reaches a page or a log line.
 */
import { basename } from 'node:path';
import { DeliveryError, type FetchedFile } from '../../../core/outbox.js';
import { FILE_ID, type OutboxContext } from './context.js';

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const FILE_TIMEOUT_MS = 15_000;

/**
 * Where the bot token may be sent with a file download: Slack's own hosts over https, or the host of the
 * configured Web API (a proxy or a stand-in). A `url_private` elsewhere is not fetched.
 */
export function tokenMayGoTo(url: string, apiUrl: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'https:' && /(^|\.)(slack\.com|slack-edge\.com)$/.test(u.hostname)) return true;
  try {
    return u.origin === new URL(apiUrl).origin;
  } catch {
    return false;
  }
}

/**
 * files.info, then GET `url_private_download` with `Authorization: Bearer <bot token>`, read up to
 * `maxBytes`. Slack answers a download it does not authorise with its sign-in page (HTML, 200): that is a
 * refusal, not a file. Undefined when the file is gone, too big or not on a host the token may go to.
 */
export async function fetchFile(ctx: OutboxContext, fileId: string): Promise<FetchedFile | undefined> {
  const { client, logger, call, deps } = ctx;
  const maxBytes = deps.files?.maxBytes ?? MAX_FILE_BYTES;
  const timeoutMs = deps.files?.timeoutMs ?? FILE_TIMEOUT_MS;
  if (!FILE_ID.test(fileId) || !client.token) return undefined;
  let info;
  try {
    info = await call('files.info', undefined, () => client.files.info({ file: fileId }));
  } catch (err) {
    if (err instanceof DeliveryError && err.reason === 'not-found') return undefined;
    throw err;
  }
  const f = info.file;
  const url = f?.url_private_download ?? f?.url_private;
  if (!f || !url || (f.size ?? 0) > maxBytes) {
    logger.info({ file: fileId, size: f?.size }, 'slack file not fetched: no URL or too big');
    return undefined;
  }
  if (!tokenMayGoTo(url, client.slackApiUrl)) {
    logger.warn({ file: fileId }, 'slack file not fetched: its URL is not on a Slack host');
    return undefined;
  }
  const signal = AbortSignal.timeout(timeoutMs);
  const chunks: Buffer[] = [];
  let size = 0;
  let served: string | undefined;
  try {
    // fetch drops the Authorization header on a redirect to another origin.
    const res = await fetch(url, { headers: { authorization: `Bearer ${client.token}` }, signal });
    served = res.headers.get('content-type')?.split(';')[0]?.trim();
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    if (!res.ok || served === 'text/html') {
      await res.body?.cancel();
      throw new DeliveryError(
        `slack file download: ${res.ok ? 'refused (sign-in page)' : `HTTP ${res.status}`}`,
        res.status === 429 || res.status >= 500 ? 'transient' : 'forbidden',
      );
    }
    for await (const chunk of res.body ?? []) {
      size += (chunk as Uint8Array).byteLength;
      if (size > maxBytes) {
        logger.info({ file: fileId, size }, 'slack file not fetched: larger than the cap');
        return undefined;
      }
      chunks.push(Buffer.from(chunk as Uint8Array));
    }
  } catch (err) {
    if (err instanceof DeliveryError) throw err;
    if (signal.aborted) throw new DeliveryError('slack file download timed out', 'transient');
    throw new DeliveryError(`slack file download failed: ${(err as Error).name}`, 'transient');
  }
  const mime = f.mimetype || (served && served !== 'application/octet-stream' ? served : undefined);
  const name = f.name ? basename(f.name) : undefined;
  return { data: Buffer.concat(chunks), ...(mime ? { mime } : {}), ...(name ? { name } : {}) };
}
