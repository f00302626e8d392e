import { describe, expect, it } from 'vitest';
import { readReport, reportModal, type ReportMeta } from '../../../src/adapters/slack/modals.js';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { SAMPLE_PACK } from '../../helpers/app.js';

const t = (id: string, args?: Record<string, string | number>) => `${id}${args ? JSON.stringify(args) : ''}`;

describe('the report form', () => {
  it('stays within Slack’s limits and carries the draft in private_metadata', async () => {
    const pack = await loadContentPack(SAMPLE_PACK);
    const meta: ReportMeta = {
      draft: 'draft1',
      locale: 'zh-CN',
      origin: { chat: 'slack:C1', branch: 'meituan-yangpu' },
      guess: { category: 'road-hazard', urgency: 'emergency', confidence: 0.9 },
    };
    const view = reportModal({ t, pack, locale: 'zh-CN', meta, text: '井盖<!channel>'.repeat(400) });
    expect([...(view.title.text as string)].length).toBeLessThanOrEqual(24);
    expect(JSON.parse(view.private_metadata!)).toEqual(meta);
    const json = JSON.stringify(view.blocks);
    // Emergency numbers first when the words look like one; the guess preselected.
    expect(json).toContain('slack-report-emergency');
    expect(json).toContain('"initial_option":{"text":{"type":"plain_text","text":"');
    const desc = view.blocks.find((b) => b.block_id === 'desc') as {
      element: { initial_value: string; max_length: number };
    };
    expect(desc.element.initial_value.length).toBeLessThanOrEqual(3000);
    expect(desc.element.max_length).toBe(3000);
  });

  it('reads the answers; anonymous wins over “contact me”', () => {
    const values = {
      desc: { text: { type: 'plain_text_input', value: '  路面塌陷  ' } },
      category: { choice: { type: 'static_select', selected_option: { value: 'road-hazard' } } },
      photos: { files: { type: 'file_input', files: [{ id: 'F1', mimetype: 'image/png' }] } },
      options: {
        flags: { type: 'checkboxes', selected_options: [{ value: 'anonymous' }, { value: 'contact' }] },
      },
    };
    expect(readReport(values as never)).toEqual({
      text: '路面塌陷',
      category: 'road-hazard',
      photos: [{ id: 'F1', mimetype: 'image/png' }],
      anonymous: true,
      contact: false,
    });
    expect(readReport({} as never)).toEqual({ text: '', photos: [], anonymous: false, contact: false });
  });
});
