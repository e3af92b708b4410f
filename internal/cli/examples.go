package cli

import (
	"strings"

	"github.com/spf13/cobra"
)

// examples holds an example per command, by command path (after "cohort"), for the commands that do
// not carry their own. TestEveryCommandHasAnExample checks that each runnable command has one and that
// every example parses: its command exists and its flags do too.
var examples = map[string]string{
	"artifact get": "cohort artifact get bafkreih... -o model.bin\ncohort artifact get bafkreih... --ipfs http://127.0.0.1:5001",
	"artifact has": "cohort artifact has bafkreih...",
	"artifact put": "cohort artifact put model.bin\ncohort artifact put data.csv --ipfs http://127.0.0.1:5001",

	"bench chain":     "cohort bench chain\ncohort bench chain --json",
	"bench data":      "cohort bench data --json",
	"bench fhe":       "cohort bench fhe --quick\ncohort bench fhe --json",
	"bench fl":        "cohort bench fl --json\ncohort bench fl --only fashion --skip-overhead",
	"bench flood":     "cohort bench flood --seconds 30\ncohort bench flood --json",
	"bench gateway":   "cohort bench gateway\ncohort bench gateway --json --seconds 10 --clients 32",
	"bench inference": "cohort bench inference --quick",
	"bench network":   "cohort bench network --quick\ncohort bench network --json",
	"bench robust":    "cohort bench robust --quick\ncohort bench robust --json\ncohort bench robust --strategies trimmed-mean,fedavg --attacks scaled --attackers 0.1,0.2 --seeds 5",
	"bench secagg":    "cohort bench secagg --json",
	"bench zk":        "cohort bench zk --quick\ncohort bench zk --only logreg_breast_cancer --json\ncohort bench zk --only throughput_logreg_c1,throughput_logreg_c4,throughput_logreg_c16",

	"chain consensus": "cohort chain consensus --rpc http://127.0.0.1:8545\ncohort chain consensus --rpc http://127.0.0.1:8545 --epoch 3 --json",
	"chain deploy": "cohort chain deploy --rpc http://127.0.0.1:8545 --dev-key 0 --store http://127.0.0.1:7100\n" +
		"cohort chain deploy --rpc https://rpc.example.org --keystore keys/admin.json --password-file pw --quorum 3 --dispute-window 24h\n" +
		"cohort chain deploy --rpc https://rpc.example.org --keystore keys/admin.json --password-file pw --gov-quorum 10 --voting-period 72h --timelock-delay 48h --guardian 0x7099...79C8 --guardian 0x3C44...93BC --guardian 0x90F7...b906 --guardian-threshold 2 --dao-stake 100000",
	"gov params": "cohort gov params --rpc http://127.0.0.1:8545\ncohort gov params --json",
	"gov stake":  "cohort gov stake 1000 --rpc http://127.0.0.1:8545 --dev-key 0",
	"gov propose": "cohort gov propose --slash 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --amount 40 --to 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 --dispute 7 --dev-key 0\n" +
		"cohort gov propose --release 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --dispute 7 --dev-key 0\n" +
		"cohort gov propose --set-param fee_bps=200 --set-param dispute_window=2h --description \"raise the fee\" --dev-key 0 --json\n" +
		"cohort gov propose --target 0x5FbDB2315678afecb367f032d93F642f64180aa3 --calldata 0x40c10f19... --dev-key 0",
	"gov vote":       "cohort gov vote 1234... --support for --dev-key 0\ncohort gov vote 1234... --support against --keystore keys/me.json --password-file pw --json",
	"gov queue":      "cohort gov queue 1234... --dev-key 0",
	"gov execute":    "cohort gov execute 1234... --dev-key 0 --json",
	"gov status":     "cohort gov status 1234...\ncohort gov status 1234... --json",
	"sim incentives": "cohort sim incentives\ncohort sim incentives --json --tasks 60 --seed 7\ncohort sim incentives --only lazy_trainer,stake_escape_unbonding",
	"config show":    "cohort config show --config node.toml\nCOHORT_CHAIN_RPC=http://127.0.0.1:8545 cohort config show --config node.toml --json",

	"data infer-schema": "cohort data infer-schema rows.csv --label outcome --out rows.schema.yaml\ncohort devnet --once --rpc none --data rows.csv --label outcome --schema rows.schema.yaml",

	"data index":       "cohort data index --schema schemas/breast_cancer.schema.yaml --data rows.csv --name my-rows",
	"data inspect":     "cohort data inspect bafkreih...\ncohort data inspect --schema schemas/breast_cancer.schema.yaml",
	"data list":        "cohort data list\ncohort data list my-rows",
	"data open":        "cohort data open bafkreih... --key keys/node.json --password-file pw -o rows.csv",
	"data order":       "cohort data order --service 0 --data rows.csv --rpc http://127.0.0.1:8545 --dev-key 3",
	"data pubkey":      "cohort data pubkey --key keys/node.json --password-file pw",
	"data refund":      "cohort data refund 4 --rpc http://127.0.0.1:8545 --dev-key 3",
	"data seal":        "cohort data seal rows.csv --to 02ab...",
	"data services":    "cohort data services --rpc http://127.0.0.1:8545",
	"data standardize": "cohort data standardize --schema schemas/breast_cancer.schema.yaml --data rows.csv --out rows.std.csv",
	"data status":      "cohort data status 4 --rpc http://127.0.0.1:8545 --json",
	"data validate":    "cohort data validate --schema schemas/breast_cancer.schema.yaml --data rows.csv\ncohort data validate --schema s.yaml --data rows.csv --strict --json",

	"devnet": "cohort devnet\ncohort devnet --once --rpc none --nodes 10 --rounds 30\ncohort devnet --subnet inference --model lstm_co2 --once --rpc none\n" +
		"cohort devnet --data digits --model mlp --secure-agg secagg+\ncohort devnet --data patients.csv --label outcome --partition dirichlet --alpha 0.3",

	"fhe decrypt": "cohort fhe decrypt --keys fhe-keys --in scores.enc",
	"fhe encrypt": "cohort fhe encrypt --keys fhe-keys --data rows.csv --label malignant --out rows.enc",
	"fhe infer":   "cohort fhe infer --url http://127.0.0.1:8620 --model breast-cancer-logreg --keys fhe-keys --data rows.csv --label malignant",
	"fhe keygen":  "cohort fhe keygen --out fhe-keys --profile linear",
	"fhe models":  "cohort fhe models --url http://127.0.0.1:8620",
	"fhe serve":   "cohort fhe serve --listen 127.0.0.1:8620",

	"infer grant-scorer":   "cohort infer grant-scorer 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --rpc http://127.0.0.1:8545 --dev-key 0",
	"infer register-model": "cohort infer register-model --keys zk-keys --verifier verifier.bin --rpc http://127.0.0.1:8545 --dev-key 0",
	"infer request":        "cohort infer request --keys zk-keys --features 1.2,0.4,3.3 --fee 1 --rpc http://127.0.0.1:8545 --dev-key 5",

	"keys new":  "cohort keys new --password-file pw\ncohort keys new --light --out keys/trainer-1.json --password-file pw",
	"keys show": "cohort keys show keys/trainer-1.json",

	"market nodes":    "cohort market nodes --rpc http://127.0.0.1:8545\ncohort market nodes --rpc http://127.0.0.1:8545 --json",
	"market withdraw": "cohort market withdraw --rpc http://127.0.0.1:8545 --keystore keys/trainer-1.json --password-file pw",
	"market delegate": "cohort market delegate 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 250 --rpc http://127.0.0.1:8545 --keystore keys/holder.json --password-file pw",
	"market undelegate": "cohort market undelegate 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 100 --rpc http://127.0.0.1:8545 --keystore keys/holder.json --password-file pw\n" +
		"cohort market undelegate 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --dev-key 3 --json",
	"market delegations": "cohort market delegations --delegator 0x90F79bf6EB2c4f870365E785982E1f101E93b906 --json\n" +
		"cohort market delegations --node 0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
	"market claim-rewards": "cohort market claim-rewards 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --withdraw --dev-key 3\n" +
		"cohort market claim-rewards --node --keystore keys/trainer-1.json --password-file pw --json",
	"market commission": "cohort market commission 1000 --keystore keys/trainer-1.json --password-file pw",
	"subnet create": "cohort subnet create --name breast-cancer --schema datasets/breast_cancer.schema.yaml --model-cid bafkreih... --strategy fedavg --dev-key 0\n" +
		"cohort subnet create --name logreg --kind inference --vk-hash 0x0c1f... --model-cid bafkreih... --dev-key 0 --json",
	"subnet show": "cohort subnet show 1\ncohort subnet show breast-cancer-training --json",
	"subnet list": "cohort subnet list --rpc http://127.0.0.1:8545\ncohort subnet list --json",

	"model show":  "cohort model show model.json\ncohort model show model.json --json\ncohort model show 1 --rpc http://127.0.0.1:8545 --json",
	"model list":  "cohort model list --rpc http://127.0.0.1:8545\ncohort model list --rpc http://127.0.0.1:8545 --json",
	"model claim": "cohort model claim 1 --rpc http://127.0.0.1:8545 --dev-key 6\ncohort model claim 1 --amount 2.5 --keystore key.json --password-file pw --json",
	"model rate":  "cohort model rate 1 5 --rpc http://127.0.0.1:8545 --dev-key 1",

	"node run": "cohort node run --config examples/network/trainer-1.toml\nCOHORT_CHAIN_RPC=http://127.0.0.1:8545 cohort node run --config node.toml --log-level debug",

	"secagg simulate": "cohort secagg simulate --clients 50 --neighbours 12 --threshold 9 --dropout 0.2",

	"task settle": "cohort task settle 1 --rpc http://127.0.0.1:8545 --dev-key 0",
	"task status": "cohort task status 1 --rpc http://127.0.0.1:8545\ncohort task status 1 --rpc http://127.0.0.1:8545 --json",
	"task submit": "cohort task submit examples/tasks/breast-cancer.toml --rpc http://127.0.0.1:8545 --dev-key 0\n" +
		"cohort task submit task.toml --dry-run\n" +
		"cohort task submit examples/exec/digits-torch.toml --dry-run --json",

	"zk ceremony contribute": "cohort zk ceremony contribute --phase 1 --model q.json --out c1.bin\ncohort zk ceremony contribute --phase 1 --in c1.bin --out c2.bin",
	"zk ceremony verify":     "cohort zk ceremony verify c1.bin c2.bin --phase 1 --beacon 0f3a... --out srs.bin",
	"zk check-model-key":     "cohort zk check-model-key --keys zk-keys --shape ceremony/shape_vk.bin\ncohort zk check-model-key --keys zk-keys --json",
	"zk compile":             "cohort zk compile --model model.json --out q.json --test rows.csv --label malignant",
	"zk export-solidity":     "cohort zk export-solidity --keys zk-keys --out contracts/",
	"zk prove":               "cohort zk prove --keys zk-keys --request req.json --out resp.json",
	"zk request":             "cohort zk request --keys zk-keys --input input.json --prover 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --out req.json",
	"zk setup":               "cohort zk setup --model q.json --out zk-keys",
	"zk verify":              "cohort zk verify --keys zk-keys --response resp.json --nonce 0x1f2e...",
}

// addExamples sets the example of c and of every command below it from the table, indented as cobra
// prints examples; a command that carries its own keeps it.
func addExamples(c *cobra.Command) {
	path := strings.TrimPrefix(strings.TrimPrefix(c.CommandPath(), c.Root().Name()), " ")
	if ex, ok := examples[path]; ok && c.Example == "" {
		c.Example = "  " + strings.ReplaceAll(ex, "\n", "\n  ")
	}
	for _, s := range c.Commands() {
		addExamples(s)
	}
}
