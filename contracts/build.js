// Compiles the contract suite with solc-js (standard JSON, imports from node_modules) and writes
// artifacts/combined.json in the form abigen's --combined-json reads. Run through build.sh.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = __dirname;
// The contracts that get artifacts and Go bindings (test helpers included; interfaces and abstract bases not).
const wanted = {
  'src/CohortToken.sol': ['CohortToken'],
  'src/NodeRegistry.sol': ['NodeRegistry'],
  'src/TaskMarket.sol': ['TaskMarket'],
  'src/MarketSettlement.sol': ['MarketSettlement'],
  'src/Schedulers.sol': ['LowestPrice', 'ReputationWeighted'],
  'src/test/Reentrancy.sol': ['HookToken', 'ReentrantAttacker'],
  'src/DataRegistry.sol': ['DataRegistry'],
  'src/InferenceOracle.sol': ['InferenceOracle'],
  'src/test/OracleConsumer.sol': ['OracleConsumer'],
  'src/TrainingDispute.sol': ['TrainingDispute'],
  'src/ValidatorConsensus.sol': ['ValidatorConsensus'],
  'src/RoyaltyToken.sol': ['RoyaltyToken'],
  'src/ModelRegistry.sol': ['ModelRegistry'],
  'src/SubnetRegistry.sol': ['SubnetRegistry'],
  'src/Delegation.sol': ['Delegation'],
  'src/Governance.sol': ['CohortVotes', 'CohortGovernor', 'CohortTimelock'],
  'src/GuardianMultisig.sol': ['GuardianMultisig'],
  'src/DaoArbitration.sol': ['DaoArbitration'],
};

const sources = {};
for (const file of Object.keys(wanted)) {
  sources[file] = { content: fs.readFileSync(path.join(root, file), 'utf8') };
}

function findImports(p) {
  for (const base of [root, path.join(root, 'node_modules')]) {
    const full = path.join(base, p);
    if (full.startsWith(base) && fs.existsSync(full)) {
      return { contents: fs.readFileSync(full, 'utf8') };
    }
  }
  return { error: 'not found: ' + p };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    evmVersion: 'cancun',
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of out.errors || []) {
  if (e.severity === 'error') failed = true;
  if (e.errorCode === '2394') continue; // the transient-storage note on OZ's reentrancy guard
  process.stderr.write(e.formattedMessage + '\n');
}
if (failed) process.exit(1);

const contracts = {};
for (const [file, names] of Object.entries(wanted)) {
  for (const name of names) {
    const c = out.contracts[file] && out.contracts[file][name];
    if (!c) {
      process.stderr.write(`missing ${file}:${name}\n`);
      process.exit(1);
    }
    contracts[`${file}:${name}`] = {
      abi: c.abi,
      bin: c.evm.bytecode.object,
      'bin-runtime': c.evm.deployedBytecode.object,
    };
  }
}
const combined = { contracts, version: solc.version() };
fs.mkdirSync(path.join(root, 'artifacts'), { recursive: true });
fs.writeFileSync(path.join(root, 'artifacts', 'combined.json'), JSON.stringify(combined, null, 1) + '\n');
for (const [k, v] of Object.entries(contracts)) {
  process.stderr.write(`${k}: ${v['bin-runtime'].length / 2} bytes runtime\n`);
}
