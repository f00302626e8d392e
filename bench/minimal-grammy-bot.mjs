// The peer for `npm run bench -- startup`: the smallest useful grammY bot, long polling against the
// same Bot API stand-in. Its start-up time and memory are what ours are compared with.
import process from 'node:process';
import { Bot } from 'grammy';

const bot = new Bot(process.argv[2], { client: { apiRoot: process.argv[3] } });
bot.command('start', (ctx) => ctx.reply('hello'));
process.once('SIGTERM', () => void bot.stop());
void bot.start();
