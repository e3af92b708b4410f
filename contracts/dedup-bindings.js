// Drops repeated, identical `type XOutput struct` declarations from abigen's output: abigen v2 names a
// method's output struct after the method alone, so two contracts with the same multi-value view (the
// EIP-712 domain of CohortToken, CohortVotes and CohortGovernor) declare the same type twice. Run by
// build.sh after abigen; a repeat that differs is left in place (and fails to compile, as it should).
'use strict';
const fs = require('fs');
const file = process.argv[2];
const src = fs.readFileSync(file, 'utf8');
const re = /\/\/ (\w+Output) serves as a container[^\n]*\n(?:\/\/[^\n]*\n)*type \1 struct \{\n[^}]*\}\n\n/g;
const seen = new Map();
const out = src.replace(re, (block, name) => {
  if (seen.get(name) === block) return '';
  if (!seen.has(name)) seen.set(name, block);
  return block;
});
fs.writeFileSync(file, out);
