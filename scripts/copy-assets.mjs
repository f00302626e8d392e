// The bundle holds only JavaScript; the Lua scripts and data files that modules read next to themselves
// (src/store/lua, src/core/faq/lexicon.yaml) are copied into dist/ at the same relative paths.
import { cpSync } from 'node:fs';

cpSync('src', 'dist', { recursive: true, filter: (path) => !path.endsWith('.ts') });
