/**
 * Emergencies typed in pinyin: the reader turns them back into Chinese with the built-in emergency
 * phrases too, so a worker who types by sound gets the emergency numbers first, in either pack.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn } from '../../helpers/classifiers.js';

const EMERGENCIES = [
  'wo tongshi tu xue le',
  'ta yun dao le',
  'you ren tiao lou',
  'ta yun dao le jiao bu xing',
  // Who and their state, not only whole phrases: 奶奶摔倒了起不来, 同事叫了没反应.
  'nainai shuaidao le qi bu lai',
  'tongshi jiao le mei fanying',
];
const CALM = [
  'wo yao tixian',
  'yizhan guanmen le',
  'ta mei yun dao',
  'peisongfei tai di le',
  'nainai shuaidao guo yici xianzai hao le',
  'app mei fanying',
  // Everyday words the pack lacks are read as such (round 41): mianfei lifa is 免费理发, no 非礼 in it.
  'wo xiang mianfei lifa',
  'mianfei lifa shi na tian',
];

describe.each(['content', 'packs/nanshan', 'packs/hongshan', 'packs/chaoyang'])(
  'pinyin emergencies with %s',
  (dir) => {
    it.each(EMERGENCIES)('%s is an emergency', async (text) => {
      const classifier = await classifierOn(dir);
      expect(classifier.classify(text).urgency).toBe('emergency');
    });
    it.each(CALM)('%s stays calm', async (text) => {
      const classifier = await classifierOn(dir);
      expect(classifier.classify(text).urgency).not.toBe('emergency');
    });
  },
);
