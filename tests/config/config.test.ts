import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';

describe('loadConfig', () => {
  it('gives working defaults with an empty environment: console mode, Shanghai time', () => {
    const c = loadConfig({}, false);
    expect(c.telegram).toBeUndefined();
    expect(c.slack).toBeUndefined();
    expect(c.timezone).toBe('Asia/Shanghai');
    expect(c.contentDir).toBe('content');
    expect(c.httpPort).toBe(8080);
  });

  it('selects polling with a token and webhook mode when WEBHOOK_URL is set', () => {
    const token = '123456:AAbbCCddEEffGGhhIIjjKKllMMnn';
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: token }, false).telegram).toMatchObject({
      mode: 'polling',
      token,
    });
    const hook = loadConfig(
      {
        TELEGRAM_BOT_TOKEN: token,
        WEBHOOK_URL: 'https://bot.example.org/tg',
        WEBHOOK_SECRET: 's3cret',
        TELEGRAM_API_ROOT: 'http://127.0.0.1:8081',
      },
      false,
    ).telegram;
    expect(hook).toMatchObject({
      mode: 'webhook',
      webhookUrl: 'https://bot.example.org/tg',
      webhookSecret: 's3cret',
      apiRoot: 'http://127.0.0.1:8081',
    });
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig(
        {
          TELEGRAM_BOT_TOKEN: 'nonsense',
          BOT_TIMEZONE: 'Mars/Olympus',
          HTTP_PORT: 'eighty',
          REDIS_URL: 'http://x',
          LOG_LEVEL: 'loud',
        },
        false,
      );
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['TELEGRAM_BOT_TOKEN', 'BOT_TIMEZONE', 'HTTP_PORT', 'REDIS_URL', 'LOG_LEVEL'])
      expect(problems).toContain(name);
    expect((error as ConfigError).message.split('\n').length).toBeGreaterThanOrEqual(6);
  });

  it('requires a secret in webhook mode and a key when an OpenAI endpoint is named', () => {
    expect(() =>
      loadConfig(
        { TELEGRAM_BOT_TOKEN: '123456:AAbbCCddEEffGGhhIIjjKKllMMnn', WEBHOOK_URL: 'https://x.org/h' },
        false,
      ),
    ).toThrow(/WEBHOOK_SECRET/);
    expect(() => loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:1234/v1' }, false)).toThrow(
      /OPENAI_API_KEY/,
    );
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '  ', REDIS_URL: '' }, false).telegram).toBeUndefined();
  });

  describe('run modes', () => {
    const token = '123456:AAbbCCddEEffGGhhIIjjKKllMMnn';
    const problems = (env: Record<string, string>): string[] => {
      try {
        loadConfig(env, false);
      } catch (err) {
        if (err instanceof ConfigError) return err.problems;
        throw err;
      }
      return [];
    };

    it('webhook settings exist only in webhook mode', () => {
      const polling = loadConfig({ TELEGRAM_BOT_TOKEN: token, WEBHOOK_SECRET: 's3cret' }, false).telegram;
      expect(polling).toEqual({ token, mode: 'polling' });
    });

    it('names the variable when a Telegram combination is wrong', () => {
      expect(problems({ WEBHOOK_URL: 'https://bot.example.org/tg', WEBHOOK_SECRET: 's' })).toEqual([
        expect.stringMatching(/^WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is not/),
      ]);
      expect(problems({ TELEGRAM_BOT_TOKEN: token, WEBHOOK_URL: 'https://bot.example.org/tg' })).toEqual([
        expect.stringMatching(/^WEBHOOK_SECRET is required in webhook mode/),
      ]);
    });

    it('selects Slack Socket Mode with an app token and HTTP mode with a signing secret', () => {
      const bot = 'xoxb-1-abc';
      expect(loadConfig({ SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: 'xapp-1-abc' }, false).slack).toEqual({
        botToken: bot,
        mode: 'socket',
        appToken: 'xapp-1-abc',
      });
      expect(
        loadConfig(
          { SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: 'sign', SLACK_API_URL: 'http://127.0.0.1:9/api/' },
          false,
        ).slack,
      ).toEqual({ botToken: bot, mode: 'http', signingSecret: 'sign', apiUrl: 'http://127.0.0.1:9/api/' });
      // Both given: Socket Mode, as before; the signing secret is not needed there.
      expect(
        loadConfig({ SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: 'xapp-1-abc', SLACK_SIGNING_SECRET: 's' }, false)
          .slack?.mode,
      ).toBe('socket');
    });

    it('names the variable when a Slack combination is wrong', () => {
      expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1-abc' })).toEqual([
        expect.stringMatching(/^SLACK_SIGNING_SECRET Slack needs SLACK_APP_TOKEN .*or SLACK_SIGNING_SECRET/),
      ]);
      expect(problems({ SLACK_APP_TOKEN: 'xapp-1-abc' })).toEqual([
        expect.stringMatching(/^SLACK_BOT_TOKEN is required when other SLACK_\* variables are set/),
      ]);
    });
  });

  it('a mistyped address is one line per variable, naming it once, with an example of its own kind', () => {
    let error: unknown;
    try {
      loadConfig({ REDIS_URL: 'notaurl', OPENAI_BASE_URL: 'foo', OPENAI_API_KEY: 'sk-x' }, false);
    } catch (err) {
      error = err;
    }
    expect((error as ConfigError).problems).toEqual([
      'REDIS_URL must be a full Redis address starting with redis:// or rediss://, e.g. redis://localhost:6379',
      'OPENAI_BASE_URL must be a full URL, e.g. https://…',
    ]);
  });
});
