// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// Attestation is an auto generated low-level Go binding around an user-defined struct.
type Attestation struct {
	SchemaId   [32]byte
	ReportHash [32]byte
	Pass       bool
	Rows       uint64
	AttestedAt uint32
	Version    uint64
	Paid       bool
}

// Candidate is an auto generated low-level Go binding around an user-defined struct.
type Candidate struct {
	Node       common.Address
	Rate       *big.Int
	Hours      uint32
	Reputation uint16
}

// DataService is an auto generated low-level Go binding around an user-defined struct.
type DataService struct {
	Provider common.Address
	SchemaId [32]byte
	Fee      *big.Int
	Active   bool
	ListedAt uint32
	Endpoint string
}

// Eligibility is an auto generated low-level Go binding around an user-defined struct.
type Eligibility struct {
	Active     bool
	Stake      *big.Int
	Reputation uint16
	CpuCores   uint16
	MemoryMB   uint32
	GpuCount   uint16
}

// Hardware is an auto generated low-level Go binding around an user-defined struct.
type Hardware struct {
	CpuCores uint16
	MemoryMB uint32
	GpuCount uint16
	GpuModel string
}

// InferenceParams is an auto generated low-level Go binding around an user-defined struct.
type InferenceParams struct {
	ModelId          [32]byte
	InputCommit      *big.Int
	Fee              *big.Int
	Callback         common.Address
	CallbackGasLimit uint32
	Prover           common.Address
	Ttl              uint32
}

// InferenceRequest is an auto generated low-level Go binding around an user-defined struct.
type InferenceRequest struct {
	Requester        common.Address
	Fee              *big.Int
	Callback         common.Address
	Deadline         uint32
	CallbackGasLimit uint32
	Status           uint8
	Prover           common.Address
	ModelId          [32]byte
	InputCommit      *big.Int
}

// InferenceResult is an auto generated low-level Go binding around an user-defined struct.
type InferenceResult struct {
	Miner       common.Address
	FulfilledAt uint32
	CallbackOk  bool
	Outputs     []*big.Int
}

// MarketParams is an auto generated low-level Go binding around an user-defined struct.
type MarketParams struct {
	Treasury          common.Address
	FeeBps            uint16
	AttestQuorum      uint8
	DisputeWindow     uint32
	ValidatorShareBps uint16
	TrainerBond       *big.Int
	ValidatorStake    *big.Int
	BidBond           *big.Int
}

// NodeRegistryNode is an auto generated low-level Go binding around an user-defined struct.
type NodeRegistryNode struct {
	Stake      *big.Int
	Bonded     *big.Int
	UnbondAt   uint64
	HourlyRate *big.Int
	Reputation uint16
	Roles      uint8
	Frozen     bool
	Registered bool
	CpuCores   uint16
	MemoryMB   uint32
	GpuCount   uint16
	Unbonding  *big.Int
}

// OracleModel is an auto generated low-level Go binding around an user-defined struct.
type OracleModel struct {
	Verifier   common.Address
	NumOutputs uint16
	Active     bool
	Selector   [4]byte
	Owner      common.Address
}

// QualityReport is an auto generated low-level Go binding around an user-defined struct.
type QualityReport struct {
	Manifest   [32]byte
	SchemaId   [32]byte
	ReportHash [32]byte
	Pass       bool
	Rows       uint64
	Version    uint64
}

// TaskMarketProgress is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketProgress struct {
	AttestCount  uint8
	Rounds       uint32
	AttestedAt   uint32
	Metric       uint32
	DisputedAt   uint32
	Disputed     bool
	PaidTotal    *big.Int
	SelectedMask *big.Int
	BaseTotal    *big.Int
	Bond         *big.Int
	Fee          *big.Int
	SlashedMask  *big.Int
}

// TaskMarketTask is an auto generated low-level Go binding around an user-defined struct.
type TaskMarketTask struct {
	Publisher         common.Address
	Budget            *big.Int
	Coordinator       common.Address
	BiddingDeadline   uint32
	ExecutionDeadline uint32
	Status            uint8
	MinReputation     uint16
	SchedulerId       uint8
	MaxHourlyRate     *big.Int
	MetricThreshold   uint32
	MetricId          uint16
	MinCpuCores       uint16
	MinMemoryMB       uint32
	MinGpuCount       uint16
	MaxNodes          uint8
	BonusBps          uint16
	BidCount          uint8
	SelectedCount     uint8
	Scheduler         common.Address
	FeeBps            uint16
	DisputeWindow     uint32
	Quorum            uint8
	PlannedRounds     uint16
	ValidatorShareBps uint16
}

// TaskParams is an auto generated low-level Go binding around an user-defined struct.
type TaskParams struct {
	ModelSpecHash     [32]byte
	DataSchemaHash    [32]byte
	Budget            *big.Int
	MaxHourlyRate     *big.Int
	BiddingDeadline   uint32
	ExecutionDeadline uint32
	MinReputation     uint16
	MetricId          uint16
	MetricThreshold   uint32
	MinCpuCores       uint16
	MinMemoryMB       uint32
	MinGpuCount       uint16
	MaxNodes          uint8
	BonusBps          uint16
	SchedulerId       uint8
	Coordinator       common.Address
	EpsilonBudget     uint64
	PrivacyDelta      uint64
	Rounds            uint16
}

// TrainingCommitment is an auto generated low-level Go binding around an user-defined struct.
type TrainingCommitment struct {
	Task        [32]byte
	Round       uint64
	Trainer     common.Address
	Root        [32]byte
	Checkpoints uint32
	GlobalHash  [32]byte
	DataRoot    [32]byte
	UpdateHash  [32]byte
	Rows        uint32
	Steps       uint32
	BlockSteps  uint32
}

// TrainingDisputeDispute is an auto generated low-level Go binding around an user-defined struct.
type TrainingDisputeDispute struct {
	Trainer      common.Address
	Lo           uint32
	Hi           uint32
	Mid          uint32
	Challenger   common.Address
	Deadline     uint64
	Phase        uint8
	Outcome      uint8
	VotesFor     uint8
	VotesAgainst uint8
	Root         [32]byte
	Key          [32]byte
	Disclosure   [32]byte
	Held         *big.Int
}

// ValidationOrder is an auto generated low-level Go binding around an user-defined struct.
type ValidationOrder struct {
	Client    common.Address
	Fee       *big.Int
	ServiceId uint64
	Deadline  uint32
	Status    uint8
	OrderedAt uint32
	Manifest  [32]byte
}

// CohortTokenMetaData contains all meta data concerning the CohortToken contract.
var CohortTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"initialSupply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "4278802b6fbcc8e3533039a3e54193770a",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161159738038061159783398101604081905261002f916103ab565b816040518060400160405280600681526020016510dbda1bdc9d60d21b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280600681526020016510dbda1bdc9d60d21b815250604051806040016040528060038152602001620869e960eb1b81525081600390816100b49190610485565b5060046100c18282610485565b5050506100d3826101bf60201b60201c565b610120526100e0816101bf565b61014052815160208084019190912060e052815190820120610100524660a05261016c60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b0381166101a457604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6101ad816101fc565b506101b8828261024d565b50506105c0565b5f5f829050601f815111156101e9578260405163305a27a960e01b815260040161019b9190610543565b80516101f482610578565b179392505050565b600880546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0382166102765760405163ec442f0560e01b81525f600482015260240161019b565b6102815f8383610285565b5050565b6001600160a01b0383166102af578060025f8282546102a4919061059b565b9091555061031f9050565b6001600160a01b0383165f90815260208190526040902054818110156103015760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161019b565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661033b57600280548290039055610359565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161039e91815260200190565b60405180910390a3505050565b5f5f604083850312156103bc575f5ffd5b82516001600160a01b03811681146103d2575f5ffd5b6020939093015192949293505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061040a57607f821691505b60208210810361042857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610480578282111561048057805f5260205f20601f840160051c602085101561045957505f5b90810190601f840160051c035f5b8181101561047c575f83820155600101610467565b5050505b505050565b81516001600160401b0381111561049e5761049e6103e2565b6104b2816104ac84546103f6565b8461042e565b6020601f8211600181146104e4575f83156104cd5750848201515b5f19600385901b1c1916600184901b17845561053c565b5f84815260208120601f198516915b8281101561051357878501518255602094850194600190920191016104f3565b508482101561053057868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610428575f1960209190910360031b1b16919050565b808201808211156105ba57634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e051610100516101205161014051610f866106115f395f61087c01525f61085101525f61074801525f61072001525f61067b01525f6106a501525f6106cf0152610f865ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c8063715018a61161009e57806395d89b411161006e57806395d89b4114610215578063a9059cbb1461021d578063d505accf14610230578063dd62ed3e14610243578063f2fde38b1461027b575f5ffd5b8063715018a6146101c45780637ecebe00146101cc57806384b0196e146101df5780638da5cb5b146101fa575f5ffd5b8063313ce567116100d9578063313ce567146101705780633644e5151461017f57806340c10f191461018757806370a082311461019c575f5ffd5b806306fdde031461010a578063095ea7b31461012857806318160ddd1461014b57806323b872dd1461015d575b5f5ffd5b61011261028e565b60405161011f9190610d02565b60405180910390f35b61013b610136366004610d36565b61031e565b604051901515815260200161011f565b6002545b60405190815260200161011f565b61013b61016b366004610d5e565b610337565b6040516012815260200161011f565b61014f61035a565b61019a610195366004610d36565b610368565b005b61014f6101aa366004610d98565b6001600160a01b03165f9081526020819052604090205490565b61019a61037e565b61014f6101da366004610d98565b610391565b6101e76103ae565b60405161011f9796959493929190610db1565b6008546040516001600160a01b03909116815260200161011f565b6101126103f0565b61013b61022b366004610d36565b6103ff565b61019a61023e366004610e47565b61040c565b61014f610251366004610eb4565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61019a610289366004610d98565b610547565b60606003805461029d90610ee5565b80601f01602080910402602001604051908101604052809291908181526020018280546102c990610ee5565b80156103145780601f106102eb57610100808354040283529160200191610314565b820191905f5260205f20905b8154815290600101906020018083116102f757829003601f168201915b5050505050905090565b5f3361032b818585610584565b60019150505b92915050565b5f33610344858285610596565b61034f858585610612565b506001949350505050565b5f61036361066f565b905090565b610370610798565b61037a82826107c5565b5050565b610386610798565b61038f5f6107f9565b565b6001600160a01b0381165f90815260076020526040812054610331565b5f6060805f5f5f60606103bf61084a565b6103c7610875565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b60606004805461029d90610ee5565b5f3361032b818585610612565b834211156104355760405163313c898160e11b8152600481018590526024015b60405180910390fd5b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886104808c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f6104da826108a0565b90505f6104e9828787876108cc565b9050896001600160a01b0316816001600160a01b031614610530576040516325c0072360e11b81526001600160a01b0380831660048301528b16602482015260440161042c565b61053b8a8a8a610584565b50505050505050505050565b61054f610798565b6001600160a01b03811661057857604051631e4fbdf760e01b81525f600482015260240161042c565b610581816107f9565b50565b61059183838360016108f8565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561060c57818110156105fe57604051637dc7a0d960e11b81526001600160a01b0384166004820152602481018290526044810183905260640161042c565b61060c84848484035f6108f8565b50505050565b6001600160a01b03831661063b57604051634b637e8f60e11b81525f600482015260240161042c565b6001600160a01b0382166106645760405163ec442f0560e01b81525f600482015260240161042c565b6105918383836109ca565b5f306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480156106c757507f000000000000000000000000000000000000000000000000000000000000000046145b156106f157507f000000000000000000000000000000000000000000000000000000000000000090565b610363604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6008546001600160a01b0316331461038f5760405163118cdaa760e01b815233600482015260240161042c565b6001600160a01b0382166107ee5760405163ec442f0560e01b81525f600482015260240161042c565b61037a5f83836109ca565b600880546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60606103637f0000000000000000000000000000000000000000000000000000000000000000610af0565b60606103637f0000000000000000000000000000000000000000000000000000000000000000610af0565b5f6103316108ac61066f565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f6108dc88888888610b2d565b9250925092506108ec8282610bf5565b50909695505050505050565b6001600160a01b0384166109215760405163e602df0560e01b81525f600482015260240161042c565b6001600160a01b03831661094a57604051634a1406b160e11b81525f600482015260240161042c565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561060c57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516109bc91815260200190565b60405180910390a350505050565b6001600160a01b0383166109f4578060025f8282546109e99190610f1d565b90915550610a649050565b6001600160a01b0383165f9081526020819052604090205481811015610a465760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161042c565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610a8057600280548290039055610a9e565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610ae391815260200190565b60405180910390a3505050565b60605f610afc83610cad565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610b6657505f91506003905082610beb565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610bb7573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610be257505f925060019150829050610beb565b92505f91508190505b9450945094915050565b5f826003811115610c0857610c08610f3c565b03610c11575050565b6001826003811115610c2557610c25610f3c565b03610c435760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115610c5757610c57610f3c565b03610c785760405163fce698f760e01b81526004810182905260240161042c565b6003826003811115610c8c57610c8c610f3c565b0361037a576040516335e2f38360e21b81526004810182905260240161042c565b5f60ff8216601f81111561033157604051632cd44ac360e21b815260040160405180910390fd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610d146020830184610cd4565b9392505050565b80356001600160a01b0381168114610d31575f5ffd5b919050565b5f5f60408385031215610d47575f5ffd5b610d5083610d1b565b946020939093013593505050565b5f5f5f60608486031215610d70575f5ffd5b610d7984610d1b565b9250610d8760208501610d1b565b929592945050506040919091013590565b5f60208284031215610da8575f5ffd5b610d1482610d1b565b60ff60f81b8816815260e060208201525f610dcf60e0830189610cd4565b8281036040840152610de18189610cd4565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610e36578351835260209384019390920191600101610e18565b50909b9a5050505050505050505050565b5f5f5f5f5f5f5f60e0888a031215610e5d575f5ffd5b610e6688610d1b565b9650610e7460208901610d1b565b95506040880135945060608801359350608088013560ff81168114610e97575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215610ec5575f5ffd5b610ece83610d1b565b9150610edc60208401610d1b565b90509250929050565b600181811c90821680610ef957607f821691505b602082108103610f1757634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561033157634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52602160045260245ffdfea2646970667358221220621d50cbdfb940598f2ed8b147eeace05b1ddbe83dc258edbd5f5a7b991b3e6b64736f6c63430008250033",
}

// CohortToken is an auto generated Go binding around an Ethereum contract.
type CohortToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CohortToken) GetABI() abi.ABI {
	return c.abi
}

// NewCohortToken creates a new instance of CohortToken.
func NewCohortToken() *CohortToken {
	parsed, err := CohortTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CohortToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CohortToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address holder, uint256 initialSupply) returns()
func (cohortToken *CohortToken) PackConstructor(holder common.Address, initialSupply *big.Int) []byte {
	enc, err := cohortToken.abi.Pack("", holder, initialSupply)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (cohortToken *CohortToken) PackDOMAINSEPARATOR() []byte {
	enc, err := cohortToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (cohortToken *CohortToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return cohortToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (cohortToken *CohortToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := cohortToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cohortToken *CohortToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := cohortToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cohortToken *CohortToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return cohortToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cohortToken *CohortToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := cohortToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cohortToken *CohortToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := cohortToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cohortToken *CohortToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return cohortToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cohortToken *CohortToken) UnpackApprove(data []byte) (bool, error) {
	out, err := cohortToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cohortToken *CohortToken) PackBalanceOf(account common.Address) []byte {
	enc, err := cohortToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cohortToken *CohortToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return cohortToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cohortToken *CohortToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := cohortToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (cohortToken *CohortToken) PackDecimals() []byte {
	enc, err := cohortToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (cohortToken *CohortToken) TryPackDecimals() ([]byte, error) {
	return cohortToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (cohortToken *CohortToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := cohortToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (cohortToken *CohortToken) PackEip712Domain() []byte {
	enc, err := cohortToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (cohortToken *CohortToken) TryPackEip712Domain() ([]byte, error) {
	return cohortToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (cohortToken *CohortToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := cohortToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (cohortToken *CohortToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := cohortToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (cohortToken *CohortToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return cohortToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (cohortToken *CohortToken) PackName() []byte {
	enc, err := cohortToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (cohortToken *CohortToken) TryPackName() ([]byte, error) {
	return cohortToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (cohortToken *CohortToken) UnpackName(data []byte) (string, error) {
	out, err := cohortToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (cohortToken *CohortToken) PackNonces(owner common.Address) []byte {
	enc, err := cohortToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (cohortToken *CohortToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return cohortToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (cohortToken *CohortToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := cohortToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (cohortToken *CohortToken) PackOwner() []byte {
	enc, err := cohortToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (cohortToken *CohortToken) TryPackOwner() ([]byte, error) {
	return cohortToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (cohortToken *CohortToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := cohortToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (cohortToken *CohortToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := cohortToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (cohortToken *CohortToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return cohortToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (cohortToken *CohortToken) PackRenounceOwnership() []byte {
	enc, err := cohortToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (cohortToken *CohortToken) TryPackRenounceOwnership() ([]byte, error) {
	return cohortToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (cohortToken *CohortToken) PackSymbol() []byte {
	enc, err := cohortToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (cohortToken *CohortToken) TryPackSymbol() ([]byte, error) {
	return cohortToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (cohortToken *CohortToken) UnpackSymbol(data []byte) (string, error) {
	out, err := cohortToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (cohortToken *CohortToken) PackTotalSupply() []byte {
	enc, err := cohortToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (cohortToken *CohortToken) TryPackTotalSupply() ([]byte, error) {
	return cohortToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (cohortToken *CohortToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := cohortToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cohortToken *CohortToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := cohortToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cohortToken *CohortToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return cohortToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cohortToken *CohortToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := cohortToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cohortToken *CohortToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := cohortToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cohortToken *CohortToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return cohortToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cohortToken *CohortToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := cohortToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (cohortToken *CohortToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := cohortToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (cohortToken *CohortToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return cohortToken.abi.Pack("transferOwnership", newOwner)
}

// CohortTokenApproval represents a Approval event raised by the CohortToken contract.
type CohortTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CohortTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (CohortTokenApproval) ContractEventName() string {
	return CohortTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (cohortToken *CohortToken) UnpackApprovalEvent(log *types.Log) (*CohortTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cohortToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CohortTokenApproval)
	if len(log.Data) > 0 {
		if err := cohortToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cohortToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CohortTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the CohortToken contract.
type CohortTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const CohortTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (CohortTokenEIP712DomainChanged) ContractEventName() string {
	return CohortTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (cohortToken *CohortToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*CohortTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cohortToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CohortTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := cohortToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cohortToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CohortTokenOwnershipTransferred represents a OwnershipTransferred event raised by the CohortToken contract.
type CohortTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const CohortTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (CohortTokenOwnershipTransferred) ContractEventName() string {
	return CohortTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (cohortToken *CohortToken) UnpackOwnershipTransferredEvent(log *types.Log) (*CohortTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cohortToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CohortTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := cohortToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cohortToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CohortTokenTransfer represents a Transfer event raised by the CohortToken contract.
type CohortTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const CohortTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (CohortTokenTransfer) ContractEventName() string {
	return CohortTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (cohortToken *CohortToken) UnpackTransferEvent(log *types.Log) (*CohortTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cohortToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CohortTokenTransfer)
	if len(log.Data) > 0 {
		if err := cohortToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cohortToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (cohortToken *CohortToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return cohortToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return cohortToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return cohortToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return cohortToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return cohortToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return cohortToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return cohortToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return cohortToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return cohortToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return cohortToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return cohortToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return cohortToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return cohortToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return cohortToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return cohortToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], cohortToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return cohortToken.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CohortTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the CohortToken contract.
type CohortTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func CohortTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (cohortToken *CohortToken) UnpackECDSAInvalidSignatureError(raw []byte) (*CohortTokenECDSAInvalidSignature, error) {
	out := new(CohortTokenECDSAInvalidSignature)
	if err := cohortToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the CohortToken contract.
type CohortTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func CohortTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (cohortToken *CohortToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*CohortTokenECDSAInvalidSignatureLength, error) {
	out := new(CohortTokenECDSAInvalidSignatureLength)
	if err := cohortToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the CohortToken contract.
type CohortTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func CohortTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (cohortToken *CohortToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*CohortTokenECDSAInvalidSignatureS, error) {
	out := new(CohortTokenECDSAInvalidSignatureS)
	if err := cohortToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the CohortToken contract.
type CohortTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func CohortTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (cohortToken *CohortToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*CohortTokenERC20InsufficientAllowance, error) {
	out := new(CohortTokenERC20InsufficientAllowance)
	if err := cohortToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the CohortToken contract.
type CohortTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func CohortTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (cohortToken *CohortToken) UnpackERC20InsufficientBalanceError(raw []byte) (*CohortTokenERC20InsufficientBalance, error) {
	out := new(CohortTokenERC20InsufficientBalance)
	if err := cohortToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the CohortToken contract.
type CohortTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func CohortTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (cohortToken *CohortToken) UnpackERC20InvalidApproverError(raw []byte) (*CohortTokenERC20InvalidApprover, error) {
	out := new(CohortTokenERC20InvalidApprover)
	if err := cohortToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the CohortToken contract.
type CohortTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func CohortTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (cohortToken *CohortToken) UnpackERC20InvalidReceiverError(raw []byte) (*CohortTokenERC20InvalidReceiver, error) {
	out := new(CohortTokenERC20InvalidReceiver)
	if err := cohortToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the CohortToken contract.
type CohortTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func CohortTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (cohortToken *CohortToken) UnpackERC20InvalidSenderError(raw []byte) (*CohortTokenERC20InvalidSender, error) {
	out := new(CohortTokenERC20InvalidSender)
	if err := cohortToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the CohortToken contract.
type CohortTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func CohortTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (cohortToken *CohortToken) UnpackERC20InvalidSpenderError(raw []byte) (*CohortTokenERC20InvalidSpender, error) {
	out := new(CohortTokenERC20InvalidSpender)
	if err := cohortToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the CohortToken contract.
type CohortTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func CohortTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (cohortToken *CohortToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*CohortTokenERC2612ExpiredSignature, error) {
	out := new(CohortTokenERC2612ExpiredSignature)
	if err := cohortToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the CohortToken contract.
type CohortTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func CohortTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (cohortToken *CohortToken) UnpackERC2612InvalidSignerError(raw []byte) (*CohortTokenERC2612InvalidSigner, error) {
	out := new(CohortTokenERC2612InvalidSigner)
	if err := cohortToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the CohortToken contract.
type CohortTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func CohortTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (cohortToken *CohortToken) UnpackInvalidAccountNonceError(raw []byte) (*CohortTokenInvalidAccountNonce, error) {
	out := new(CohortTokenInvalidAccountNonce)
	if err := cohortToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenInvalidShortString represents a InvalidShortString error raised by the CohortToken contract.
type CohortTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func CohortTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (cohortToken *CohortToken) UnpackInvalidShortStringError(raw []byte) (*CohortTokenInvalidShortString, error) {
	out := new(CohortTokenInvalidShortString)
	if err := cohortToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the CohortToken contract.
type CohortTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func CohortTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (cohortToken *CohortToken) UnpackOwnableInvalidOwnerError(raw []byte) (*CohortTokenOwnableInvalidOwner, error) {
	out := new(CohortTokenOwnableInvalidOwner)
	if err := cohortToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the CohortToken contract.
type CohortTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func CohortTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (cohortToken *CohortToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*CohortTokenOwnableUnauthorizedAccount, error) {
	out := new(CohortTokenOwnableUnauthorizedAccount)
	if err := cohortToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CohortTokenStringTooLong represents a StringTooLong error raised by the CohortToken contract.
type CohortTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func CohortTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (cohortToken *CohortToken) UnpackStringTooLongError(raw []byte) (*CohortTokenStringTooLong, error) {
	out := new(CohortTokenStringTooLong)
	if err := cohortToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryMetaData contains all meta data concerning the DataRegistry contract.
var DataRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractNodeRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"attestedAt\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"orderedAt\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"deadline\",\"type\":\"uint32\"}],\"name\":\"AttestationOutsideOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"AttestationSpent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"serviceId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"maxFee\",\"type\":\"uint96\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEndpoint\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidReport\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"}],\"name\":\"InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"}],\"name\":\"InvalidTTL\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NotAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NotAuthorizer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotClient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"serviceId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"OrderClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"deadline\",\"type\":\"uint32\"}],\"name\":\"OrderNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderInactive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"serviceId\",\"type\":\"uint256\"}],\"name\":\"ServiceInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"}],\"name\":\"StaleReport\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"UnknownOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"serviceId\",\"type\":\"uint256\"}],\"name\":\"UnknownService\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"}],\"name\":\"OrderPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"}],\"name\":\"OrderRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"schemaId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"pass\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"ReportAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"serviceId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ServiceDelisted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"serviceId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"schemaId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"ServiceListed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"serviceId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"ServiceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"serviceId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"deadline\",\"type\":\"uint32\"}],\"name\":\"ValidationOrdered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ENDPOINT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ORDER_TTL\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_AUTHORIZER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"schemaId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"pass\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"internalType\":\"structQualityReport\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"schemaId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"pass\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"internalType\":\"structQualityReport\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"attestBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"}],\"name\":\"attestation\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"schemaId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"pass\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"attestedAt\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"paid\",\"type\":\"bool\"}],\"internalType\":\"structAttestation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"schemaId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reportHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"pass\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"rows\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"internalType\":\"structQualityReport\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"attestationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"}],\"name\":\"attesters\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"serviceId\",\"type\":\"uint256\"}],\"name\":\"delistService\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"schemaId\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"listService\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"serviceId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"order\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"serviceId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"deadline\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"orderedAt\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"}],\"internalType\":\"structValidationOrder\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"serviceId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"manifest\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"maxFee\",\"type\":\"uint96\"}],\"name\":\"orderValidation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"payOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"orderId\",\"type\":\"uint256\"}],\"name\":\"refundOrder\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractNodeRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"serviceId\",\"type\":\"uint256\"}],\"name\":\"service\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"schemaId\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"listedAt\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"internalType\":\"structDataService\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"serviceCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"services\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"schemaId\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"listedAt\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"internalType\":\"structDataService[]\",\"name\":\"page\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"serviceId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"}],\"name\":\"updateService\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "f3ee5d1db5502cb63cafb20664d7782762",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051612bd5380380612bd583398101604081905261002e91610114565b6001600160a01b03808416608052821660a05261004b5f82610054565b5050505061015e565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166100f4575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100ac3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016100f7565b505f5b92915050565b6001600160a01b0381168114610111575f5ffd5b50565b5f5f5f60608486031215610126575f5ffd5b8351610131816100fd565b6020850151909350610142816100fd565b6040850151909250610153816100fd565b809150509250925092565b60805160a051612a336101a25f395f81816105da01528181610b1701528181610e94015261179a01525f81816103b40152818161087c0152611b8b0152612a335ff3fe608060405234801561000f575f5ffd5b50600436106101d1575f3560e01c80636e468557116100fe578063a217fddf1161009e578063dddd43c01161006e578063dddd43c01461046d578063e641c83a146105ba578063f698da25146105cd578063fc0c546a146105d5575f5ffd5b8063a217fddf14610421578063c018c45714610428578063d0ac9ddb1461043b578063d547741f1461045a575f5ffd5b80637afcf3a0116100d95780637afcf3a01461039c5780637b103999146103af57806381e9395c146103ee57806391d148541461040e575f5ffd5b80636e4685571461036d5780636f5c58da146103805780637a75985614610393575f5ffd5b8063248a9ca31161017457806336568abe1161014457806336568abe14610307578063491093361461031a5780634c915d6d1461032d578063651107bd1461034d575f5ffd5b8063248a9ca3146102ac5780632a685d3c146102ce5780632f2ff15d146102e157806335ceed9a146102f4575f5ffd5b806308c6c875116101af57806308c6c875146102365780631f8f0d531461024b57806320606b701461026557806321603f431461028c575f5ffd5b806301ffc9a7146101d557806306237526146101fd57806307090c1f1461020f575b5f5ffd5b6101e86101e336600461227b565b6105fc565b60405190151581526020015b60405180910390f35b6002545b6040519081526020016101f4565b6102017fe06d3d96f87b910063c4b37f8386de37b56c9c8609ddb3db219945e8e8f79d7981565b6102496102443660046122a2565b610632565b005b610253600281565b60405160ff90911681526020016101f4565b6102017f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81565b61029f61029a3660046122a2565b6106fa565b6040516101f491906122b9565b6102016102ba3660046122a2565b5f9081526020819052604090206001015490565b6102496102dc3660046122a2565b6107c2565b6102496102ef36600461234f565b610b58565b61020161030236600461238f565b610b82565b61024961031536600461234f565b610ed8565b610201610328366004612420565b610f10565b61034061033b3660046122a2565b6110a6565b6040516101f491906124f8565b61036061035b3660046122a2565b6111b1565b6040516101f4919061250a565b61024961037b36600461256b565b61121a565b61024961038e3660046125d7565b6113a4565b61020161010081565b6102016103aa3660046125f1565b6113ae565b6103d67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101f4565b6104016103fc36600461261a565b61142e565b6040516101f4919061263a565b6101e861041c36600461234f565b61161f565b6102015f81565b6102496104363660046122a2565b611647565b6104456276a70081565b60405163ffffffff90911681526020016101f4565b61024961046836600461234f565b6117d4565b61054961047b36600461234f565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152505f9182526003602090815260408084206001600160a01b0393909316845291815291819020815160e081018352815481526001820154938101939093526002015460ff80821615159284019290925261010081046001600160401b039081166060850152600160481b820463ffffffff166080850152600160681b82041660a0840152600160a81b900416151560c082015290565b6040516101f491905f60e08201905082518252602083015160208301526040830151151560408301526001600160401b03606084015116606083015263ffffffff60808401511660808301526001600160401b0360a08401511660a083015260c0830151151560c083015292915050565b6102496105c8366004612420565b6117f8565b6102016118ef565b6103d67f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b03198216637965db0b60e01b148061062c57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f61063c826118fd565b80549091506001600160a01b03163314801590610660575061065e5f3361161f565b155b1561068c57604051632ad1e96b60e11b8152600481018390523360248201526044015b60405180910390fd5b6002810154600160601b900460ff166106bb57604051637385455360e11b815260048101839052602401610683565b60028101805460ff60601b19169055604051339083907f97c48fa7d3c1d79519d6871b9c7fd1dec729710922ace62e9b717c5a515879d6905f90a35050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915261073b8261194a565b6040805160e08101825282546001600160a01b03811682526001600160601b03600160a01b90910416602082015260018301546001600160401b0381169282019290925263ffffffff600160401b83048116606083015260ff600160601b8404166080830152600160681b90920490911660a082015260029091015460c082015292915050565b6107ca611997565b5f6107d48261194a565b600181810154919250600160601b90910460ff161461081e57600181015460405163044bfef160e01b815260048101849052600160601b90910460ff166024820152604401610683565b6001810154600280545f926001600160401b03169081106108415761084161269d565b5f918252602090912060049182020180546040516304390ea760e41b81526001600160a01b03918216938101849052600260248201529193507f00000000000000000000000000000000000000000000000000000000000000001690634390ea7090604401602060405180830381865afa1580156108c1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108e591906126be565b6109145760405163a5a812bf60e01b8152600481018590526001600160a01b0382166024820152604401610683565b6002838101545f9081526003602090815260408083206001600160a01b0386168452909152902090810154600160481b900463ffffffff1680158061095e57506001840154825414155b1561099457600285015460405163d9efa61360e01b815260048101919091526001600160a01b0384166024820152604401610683565b600185015463ffffffff600160681b909104811690821610806109cb5750600185015463ffffffff600160401b9091048116908216115b15610a1c576001850154604051636c0facef60e11b81526004810188905263ffffffff8084166024830152600160681b830481166044830152600160401b9092049091166064820152608401610683565b6002820154600160a81b900460ff1615610a7b57600285810154908301546040516357fd42c360e01b815260048101929092526001600160a01b0385166024830152600160681b90046001600160401b03166044820152606401610683565b600282018054600160a81b60ff60a81b1990911617905560018501805460ff60601b1916600160611b1790558454604051600160a01b9091046001600160601b0316808252906001600160a01b0385169088907fc582b94bcc02a5e76cce28df1a83b2fad16cc4db2be30e1ca172eb225354e2769060200160405180910390a36001600160601b03811615610b4757610b476001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016856001600160601b0384166119ce565b505050505050610b55611a03565b50565b5f82815260208190526040902060010154610b7281611a2d565b610b7c8383611a37565b50505050565b5f610b8b611997565b5f610b95866118fd565b6002810154909150600160601b900460ff16610bc757604051637385455360e11b815260048101879052602401610683565b84610be557604051632d56b1d560e21b815260040160405180910390fd5b63ffffffff84161580610c0057506276a70063ffffffff8516115b15610c2657604051632a66ea1d60e11b815263ffffffff85166004820152602401610683565b60028101546001600160601b03908116908416811115610c7357604051630289754d60e41b8152600481018890526001600160601b03808316602483015285166044820152606401610683565b5f610c8463ffffffff8716426126ed565b9050600180549050935060016040518060e00160405280336001600160a01b03168152602001846001600160601b031681526020018a6001600160401b031681526020018363ffffffff168152602001600160ff1681526020014263ffffffff16815260200189815250908060018154018082558091505060019003905f5260205f2090600302015f909190919091505f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a8154816001600160601b0302191690836001600160601b031602179055506040820151816001015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060608201518160010160086101000a81548163ffffffff021916908363ffffffff160217905550608082015181600101600c6101000a81548160ff021916908360ff16021790555060a082015181600101600d6101000a81548163ffffffff021916908363ffffffff16021790555060c082015181600201555050336001600160a01b031688857f68b88a27f430e87dd4eaec26260c4f61b8e4a070aa35bb1ea831366ffd7085638a8686604051610e70939291909283526001600160601b0391909116602083015263ffffffff16604082015260600190565b60405180910390a46001600160601b03821615610ec557610ec56001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633306001600160601b038616611ac6565b505050610ed0611a03565b949350505050565b6001600160a01b0381163314610f015760405163334bd91960e11b815260040160405180910390fd5b610f0b8282611afc565b505050565b5f610f1a33611b65565b610f248383611c1c565b50600280546040805160c08101825233815260208082018990526001600160601b038816828401526001606083015263ffffffff421660808301528251601f8701829004820281018201909352858352929392909160a083019187908790819084018382808284375f920182905250939094525050835460018181018655948252602091829020845160049092020180546001600160a01b039092166001600160a01b031990921691909117815590830151938101939093555060408101516002830180546060840151608085015163ffffffff16600160681b0263ffffffff60681b19911515600160601b026cffffffffffffffffffffffffff199093166001600160601b0390951694909417919091171691909117905560a08101519091906003820190611054908261279c565b50505084336001600160a01b0316827f5ae81bb7169e1d583236aca8e7a833d5692c5232958a5c16b32d4875067dc3d38787876040516110969392919061285a565b60405180910390a4949350505050565b6110ae612230565b6110b7826118fd565b6040805160c08101825282546001600160a01b031681526001830154602082015260028301546001600160601b03811692820192909252600160601b820460ff1615156060820152600160681b90910463ffffffff16608082015260038201805491929160a08401919061112a90612714565b80601f016020809104026020016040519081016040528092919081815260200182805461115690612714565b80156111a15780601f10611178576101008083540402835291602001916111a1565b820191905f5260205f20905b81548152906001019060200180831161118457829003601f168201915b5050505050815250509050919050565b5f8181526004602090815260409182902080548351818402810184019094528084526060939283018282801561120e57602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116111f0575b50505050509050919050565b8242111561123e5760405163cd21db4f60e01b815260048101849052602401610683565b5f6112d27fe06d3d96f87b910063c4b37f8386de37b56c9c8609ddb3db219945e8e8f79d798735602089013560408a013561127f60808c0160608d01612898565b61128f60a08d0160808e016128b3565b61129f60c08e0160a08f016128b3565b8b6040516020016112b79897969594939291906128d9565b60405160208183030381529060405280519060200120611c49565b90505f5f6113158386868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611c7592505050565b5090925090505f81600381111561132e5761132e61291d565b14158061134d5750866001600160a01b0316826001600160a01b031614155b8061135f57506001600160a01b038216155b1561139057604051637ba5ffb560e01b81526001600160a01b03808416600483015288166024820152604401610683565b61139a8789611cbe565b5050505050505050565b610b553382611cbe565b5f6114277fe06d3d96f87b910063c4b37f8386de37b56c9c8609ddb3db219945e8e8f79d798435602086013560408701356113ef6080890160608a01612898565b6113ff60a08a0160808b016128b3565b61140f60c08b0160a08c016128b3565b896040516020016112b79897969594939291906128d9565b9392505050565b600254606090808410611441575061062c565b5f8161144d85876126ed565b116114615761145c84866126ed565b611463565b815b905061146f8582612931565b6001600160401b0381111561148657611486612700565b6040519080825280602002602001820160405280156114bf57816020015b6114ac612230565b8152602001906001900390816114a45790505b509250845b8181101561161657600281815481106114df576114df61269d565b5f9182526020918290206040805160c081018252600490930290910180546001600160a01b0316835260018101549383019390935260028301546001600160601b0381169183019190915260ff600160601b8204161515606083015263ffffffff600160681b90910416608082015260038201805491929160a08401919061156690612714565b80601f016020809104026020016040519081016040528092919081815260200182805461159290612714565b80156115dd5780601f106115b4576101008083540402835291602001916115dd565b820191905f5260205f20905b8154815290600101906020018083116115c057829003601f168201915b5050505050815250508487836115f39190612931565b815181106116035761160361269d565b60209081029190910101526001016114c4565b50505092915050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61164f611997565b5f6116598261194a565b80549091506001600160a01b0316331461168f5760405163f8ebe63160e01b815260048101839052336024820152604401610683565b600181810154600160601b900460ff16146116d557600181015460405163044bfef160e01b815260048101849052600160601b90910460ff166024820152604401610683565b6001810154600160401b900463ffffffff1642116117205760018101546040516221011560e81b815260048101849052600160401b90910463ffffffff166024820152604401610683565b60018101805460ff60601b1916600360601b1790558054604051600160a01b9091046001600160601b03168082529083907f76108b5d2c4d62261da66c6fd2006d4fe85486722ee103ea267e95015c1d730e9060200160405180910390a26001600160601b038116156117ca576117ca6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016336001600160601b0384166119ce565b5050610b55611a03565b5f828152602081905260409020600101546117ee81611a2d565b610b7c8383611afc565b5f611802856118fd565b80549091506001600160a01b0316331461183857604051632ad1e96b60e11b815260048101869052336024820152604401610683565b6002810154600160601b900460ff1661186757604051637385455360e11b815260048101869052602401610683565b61187033611b65565b61187a8383611c1c565b6002810180546bffffffffffffffffffffffff19166001600160601b038616179055600381016118ab838583612944565b50847f832a1552be34d5478bc5266b528ec2f17f9762f4b2c05a7020a5add0e256703b8585856040516118e09392919061285a565b60405180910390a25050505050565b5f6118f8611f71565b905090565b6002545f9082106119245760405163601a3ab160e11b815260048101839052602401610683565b600282815481106119375761193761269d565b905f5260205f2090600402019050919050565b6001545f9082106119715760405163206ef55960e11b815260048101839052602401610683565b600182815481106119845761198461269d565b905f5260205f2090600302019050919050565b61199f612015565b6119cc60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612055565b565b6119db838383600161205c565b610f0b57604051635274afe760e01b81526001600160a01b0384166004820152602401610683565b6119cc5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006119c6565b610b5581336120be565b5f611a42838361161f565b611abf575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055611a773390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161062c565b505f61062c565b611ad48484848460016120fb565b610b7c57604051635274afe760e01b81526001600160a01b0385166004820152602401610683565b5f611b07838361161f565b15611abf575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161062c565b6040516304390ea760e41b81526001600160a01b038281166004830152600260248301527f00000000000000000000000000000000000000000000000000000000000000001690634390ea7090604401602060405180830381865afa158015611bd0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bf491906126be565b610b5557604051630a4267c160e21b81526001600160a01b0382166004820152602401610683565b80801580611c2b575061010081115b15610f0b5760405163f1cbb56760e01b815260040160405180910390fd5b5f61062c611c55611f71565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f8351604103611cac576020840151604085015160608601515f1a611c9e88828585612168565b955095509550505050611cb7565b505081515f91506002905b9250925092565b611cc782611b65565b80351580611cd757506040810135155b15611cf557604051632d56b1d560e21b815260040160405180910390fd5b80355f9081526003602090815260408083206001600160a01b038616845290915290206002810154600160681b90046001600160401b0316611d3d60c0840160a085016128b3565b6001600160401b031611611dae57813583611d5e60c0850160a086016128b3565b6002840154604051633585168760e01b815260048101949094526001600160a01b0390921660248401526001600160401b039081166044840152600160681b909104166064820152608401610683565b6002810154600160481b900463ffffffff165f03611dff5781355f9081526004602090815260408220805460018101825590835291200180546001600160a01b0319166001600160a01b0385161790555b6020820135815560408201356001820155611e206080830160608401612898565b60028201805460ff1916911515919091179055611e4360a08301608084016128b3565b6002820180546cffffffffffffffffffffffff0019166101006001600160401b0393909316929092026cffffffff000000000000000000191691909117600160481b4263ffffffff1602179055611ea060c0830160a084016128b3565b60028201805468ffffffffffffffffff60681b1916600160681b6001600160401b03939093169290920260ff60a81b191691909117905560208201356001600160a01b03841683357f20a6c50c689a868c5b4b2249a16d8ee92ff2f9f1c8c421f659b286d37a8226036040860135611f1e6080880160608901612898565b611f2e60a0890160808a016128b3565b611f3e60c08a0160a08b016128b3565b6040805194855292151560208501526001600160401b0391821684840152166060830152519081900360800190a4505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f8448b4426556b6a7813020dc0cf2d5df51c38a9fbd3b462e3ed36d485268c0cd918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156119cc57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166120b25783831516156120a6573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6120c8828261161f565b6120f75760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610683565b5050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661215757838315161561214b573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156121a157505f91506003905082612226565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156121f2573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661221d57505f925060019150829050612226565b92505f91508190505b9450945094915050565b6040518060c001604052805f6001600160a01b031681526020015f81526020015f6001600160601b031681526020015f151581526020015f63ffffffff168152602001606081525090565b5f6020828403121561228b575f5ffd5b81356001600160e01b031981168114611427575f5ffd5b5f602082840312156122b2575f5ffd5b5035919050565b81516001600160a01b031681526020808301516001600160601b0316908201526040808301516001600160401b03169082015260608083015163ffffffff169082015260808083015160ff169082015260a08281015160e08301916123259084018263ffffffff169052565b5060c092830151919092015290565b80356001600160a01b038116811461234a575f5ffd5b919050565b5f5f60408385031215612360575f5ffd5b8235915061237060208401612334565b90509250929050565b80356001600160601b038116811461234a575f5ffd5b5f5f5f5f608085870312156123a2575f5ffd5b8435935060208501359250604085013563ffffffff811681146123c3575f5ffd5b91506123d160608601612379565b905092959194509250565b5f5f83601f8401126123ec575f5ffd5b5081356001600160401b03811115612402575f5ffd5b602083019150836020828501011115612419575f5ffd5b9250929050565b5f5f5f5f60608587031215612433575f5ffd5b8435935061244360208601612379565b925060408501356001600160401b0381111561245d575f5ffd5b612469878288016123dc565b95989497509550505050565b60018060a01b038151168252602081015160208301526001600160601b03604082015116604083015260608101511515606083015263ffffffff60808201511660808301525f60a082015160c060a085015280518060c0860152806020830160e087015e5f60e0828701015260e0601f19601f8301168601019250505092915050565b602081525f6114276020830184612475565b602080825282518282018190525f918401906040840190835b8181101561254a5783516001600160a01b0316835260209384019390920191600101612523565b509095945050505050565b5f60c08284031215612565575f5ffd5b50919050565b5f5f5f5f5f6101208688031215612580575f5ffd5b61258a8787612555565b945061259860c08701612334565b935060e086013592506101008601356001600160401b038111156125ba575f5ffd5b6125c6888289016123dc565b969995985093965092949392505050565b5f60c082840312156125e7575f5ffd5b6114278383612555565b5f5f60e08385031215612602575f5ffd5b61260c8484612555565b9460c0939093013593505050565b5f5f6040838503121561262b575f5ffd5b50508035926020909101359150565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561269157603f1987860301845261267c858351612475565b94506020938401939190910190600101612660565b50929695505050505050565b634e487b7160e01b5f52603260045260245ffd5b8015158114610b55575f5ffd5b5f602082840312156126ce575f5ffd5b8151611427816126b1565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561062c5761062c6126d9565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061272857607f821691505b60208210810361256557634e487b7160e01b5f52602260045260245ffd5b601f821115610f0b5782821115610f0b57805f5260205f20601f840160051c602085101561277157505f5b90810190601f840160051c035f5b81811015612794575f8382015560010161277f565b505050505050565b81516001600160401b038111156127b5576127b5612700565b6127c9816127c38454612714565b84612746565b6020601f8211600181146127fb575f83156127e45750848201515b5f19600385901b1c1916600184901b178455612853565b5f84815260208120601f198516915b8281101561282a578785015182556020948501946001909201910161280a565b508482101561284757868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6001600160601b038416815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b5f602082840312156128a8575f5ffd5b8135611427816126b1565b5f602082840312156128c3575f5ffd5b81356001600160401b0381168114611427575f5ffd5b978852602088019690965260408701949094526060860192909252151560808501526001600160401b0390811660a08501521660c083015260e08201526101000190565b634e487b7160e01b5f52602160045260245ffd5b8181038181111561062c5761062c6126d9565b6001600160401b0383111561295b5761295b612700565b61296f836129698354612714565b83612746565b5f601f8411600181146129a0575f85156129895750838201355b5f19600387901b1c1916600186901b178355612853565b5f83815260208120601f198716915b828110156129cf57868501358255602094850194600190920191016129af565b50868210156129eb575f1960f88860031b161c19848701351681555b505060018560011b018355505050505056fea2646970667358221220071133f3199439e7eb5f13d1d20889d4c07790668389ba86ee4a35f72c166eb764736f6c63430008250033",
}

// DataRegistry is an auto generated Go binding around an Ethereum contract.
type DataRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DataRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewDataRegistry creates a new instance of DataRegistry.
func NewDataRegistry() *DataRegistry {
	parsed, err := DataRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DataRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DataRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address token_, address admin) returns()
func (dataRegistry *DataRegistry) PackConstructor(registry_ common.Address, token_ common.Address, admin common.Address) []byte {
	enc, err := dataRegistry.abi.Pack("", registry_, token_, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (dataRegistry *DataRegistry) PackATTESTATIONTYPEHASH() []byte {
	enc, err := dataRegistry.abi.Pack("ATTESTATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (dataRegistry *DataRegistry) TryPackATTESTATIONTYPEHASH() ([]byte, error) {
	return dataRegistry.abi.Pack("ATTESTATION_TYPEHASH")
}

// UnpackATTESTATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (dataRegistry *DataRegistry) UnpackATTESTATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := dataRegistry.abi.Unpack("ATTESTATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dataRegistry *DataRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := dataRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dataRegistry *DataRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return dataRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (dataRegistry *DataRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := dataRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20606b70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (dataRegistry *DataRegistry) PackDOMAINTYPEHASH() []byte {
	enc, err := dataRegistry.abi.Pack("DOMAIN_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20606b70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (dataRegistry *DataRegistry) TryPackDOMAINTYPEHASH() ([]byte, error) {
	return dataRegistry.abi.Pack("DOMAIN_TYPEHASH")
}

// UnpackDOMAINTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20606b70.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (dataRegistry *DataRegistry) UnpackDOMAINTYPEHASH(data []byte) ([32]byte, error) {
	out, err := dataRegistry.abi.Unpack("DOMAIN_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXENDPOINTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a759856.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ENDPOINT_BYTES() view returns(uint256)
func (dataRegistry *DataRegistry) PackMAXENDPOINTBYTES() []byte {
	enc, err := dataRegistry.abi.Pack("MAX_ENDPOINT_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXENDPOINTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a759856.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ENDPOINT_BYTES() view returns(uint256)
func (dataRegistry *DataRegistry) TryPackMAXENDPOINTBYTES() ([]byte, error) {
	return dataRegistry.abi.Pack("MAX_ENDPOINT_BYTES")
}

// UnpackMAXENDPOINTBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a759856.
//
// Solidity: function MAX_ENDPOINT_BYTES() view returns(uint256)
func (dataRegistry *DataRegistry) UnpackMAXENDPOINTBYTES(data []byte) (*big.Int, error) {
	out, err := dataRegistry.abi.Unpack("MAX_ENDPOINT_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXORDERTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0ac9ddb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ORDER_TTL() view returns(uint32)
func (dataRegistry *DataRegistry) PackMAXORDERTTL() []byte {
	enc, err := dataRegistry.abi.Pack("MAX_ORDER_TTL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXORDERTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0ac9ddb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ORDER_TTL() view returns(uint32)
func (dataRegistry *DataRegistry) TryPackMAXORDERTTL() ([]byte, error) {
	return dataRegistry.abi.Pack("MAX_ORDER_TTL")
}

// UnpackMAXORDERTTL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd0ac9ddb.
//
// Solidity: function MAX_ORDER_TTL() view returns(uint32)
func (dataRegistry *DataRegistry) UnpackMAXORDERTTL(data []byte) (uint32, error) {
	out, err := dataRegistry.abi.Unpack("MAX_ORDER_TTL", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackROLEAUTHORIZER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f8f0d53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_AUTHORIZER() view returns(uint8)
func (dataRegistry *DataRegistry) PackROLEAUTHORIZER() []byte {
	enc, err := dataRegistry.abi.Pack("ROLE_AUTHORIZER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLEAUTHORIZER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f8f0d53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_AUTHORIZER() view returns(uint8)
func (dataRegistry *DataRegistry) TryPackROLEAUTHORIZER() ([]byte, error) {
	return dataRegistry.abi.Pack("ROLE_AUTHORIZER")
}

// UnpackROLEAUTHORIZER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f8f0d53.
//
// Solidity: function ROLE_AUTHORIZER() view returns(uint8)
func (dataRegistry *DataRegistry) UnpackROLEAUTHORIZER(data []byte) (uint8, error) {
	out, err := dataRegistry.abi.Unpack("ROLE_AUTHORIZER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f5c58da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attest((bytes32,bytes32,bytes32,bool,uint64,uint64) r) returns()
func (dataRegistry *DataRegistry) PackAttest(r QualityReport) []byte {
	enc, err := dataRegistry.abi.Pack("attest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f5c58da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attest((bytes32,bytes32,bytes32,bool,uint64,uint64) r) returns()
func (dataRegistry *DataRegistry) TryPackAttest(r QualityReport) ([]byte, error) {
	return dataRegistry.abi.Pack("attest", r)
}

// PackAttestBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e468557.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestBySig((bytes32,bytes32,bytes32,bool,uint64,uint64) r, address authorizer, uint256 deadline, bytes signature) returns()
func (dataRegistry *DataRegistry) PackAttestBySig(r QualityReport, authorizer common.Address, deadline *big.Int, signature []byte) []byte {
	enc, err := dataRegistry.abi.Pack("attestBySig", r, authorizer, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e468557.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestBySig((bytes32,bytes32,bytes32,bool,uint64,uint64) r, address authorizer, uint256 deadline, bytes signature) returns()
func (dataRegistry *DataRegistry) TryPackAttestBySig(r QualityReport, authorizer common.Address, deadline *big.Int, signature []byte) ([]byte, error) {
	return dataRegistry.abi.Pack("attestBySig", r, authorizer, deadline, signature)
}

// PackAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdddd43c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestation(bytes32 manifest, address authorizer) view returns((bytes32,bytes32,bool,uint64,uint32,uint64,bool))
func (dataRegistry *DataRegistry) PackAttestation(manifest [32]byte, authorizer common.Address) []byte {
	enc, err := dataRegistry.abi.Pack("attestation", manifest, authorizer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdddd43c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestation(bytes32 manifest, address authorizer) view returns((bytes32,bytes32,bool,uint64,uint32,uint64,bool))
func (dataRegistry *DataRegistry) TryPackAttestation(manifest [32]byte, authorizer common.Address) ([]byte, error) {
	return dataRegistry.abi.Pack("attestation", manifest, authorizer)
}

// UnpackAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdddd43c0.
//
// Solidity: function attestation(bytes32 manifest, address authorizer) view returns((bytes32,bytes32,bool,uint64,uint32,uint64,bool))
func (dataRegistry *DataRegistry) UnpackAttestation(data []byte) (Attestation, error) {
	out, err := dataRegistry.abi.Unpack("attestation", data)
	if err != nil {
		return *new(Attestation), err
	}
	out0 := *abi.ConvertType(out[0], new(Attestation)).(*Attestation)
	return out0, nil
}

// PackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7afcf3a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestationDigest((bytes32,bytes32,bytes32,bool,uint64,uint64) r, uint256 deadline) view returns(bytes32)
func (dataRegistry *DataRegistry) PackAttestationDigest(r QualityReport, deadline *big.Int) []byte {
	enc, err := dataRegistry.abi.Pack("attestationDigest", r, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7afcf3a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestationDigest((bytes32,bytes32,bytes32,bool,uint64,uint64) r, uint256 deadline) view returns(bytes32)
func (dataRegistry *DataRegistry) TryPackAttestationDigest(r QualityReport, deadline *big.Int) ([]byte, error) {
	return dataRegistry.abi.Pack("attestationDigest", r, deadline)
}

// UnpackAttestationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7afcf3a0.
//
// Solidity: function attestationDigest((bytes32,bytes32,bytes32,bool,uint64,uint64) r, uint256 deadline) view returns(bytes32)
func (dataRegistry *DataRegistry) UnpackAttestationDigest(data []byte) ([32]byte, error) {
	out, err := dataRegistry.abi.Unpack("attestationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x651107bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attesters(bytes32 manifest) view returns(address[])
func (dataRegistry *DataRegistry) PackAttesters(manifest [32]byte) []byte {
	enc, err := dataRegistry.abi.Pack("attesters", manifest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x651107bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attesters(bytes32 manifest) view returns(address[])
func (dataRegistry *DataRegistry) TryPackAttesters(manifest [32]byte) ([]byte, error) {
	return dataRegistry.abi.Pack("attesters", manifest)
}

// UnpackAttesters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x651107bd.
//
// Solidity: function attesters(bytes32 manifest) view returns(address[])
func (dataRegistry *DataRegistry) UnpackAttesters(data []byte) ([]common.Address, error) {
	out, err := dataRegistry.abi.Unpack("attesters", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackDelistService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08c6c875.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delistService(uint256 serviceId) returns()
func (dataRegistry *DataRegistry) PackDelistService(serviceId *big.Int) []byte {
	enc, err := dataRegistry.abi.Pack("delistService", serviceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelistService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08c6c875.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delistService(uint256 serviceId) returns()
func (dataRegistry *DataRegistry) TryPackDelistService(serviceId *big.Int) ([]byte, error) {
	return dataRegistry.abi.Pack("delistService", serviceId)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (dataRegistry *DataRegistry) PackDomainSeparator() []byte {
	enc, err := dataRegistry.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (dataRegistry *DataRegistry) TryPackDomainSeparator() ([]byte, error) {
	return dataRegistry.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (dataRegistry *DataRegistry) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := dataRegistry.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dataRegistry *DataRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := dataRegistry.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dataRegistry *DataRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return dataRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (dataRegistry *DataRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := dataRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (dataRegistry *DataRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := dataRegistry.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (dataRegistry *DataRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dataRegistry *DataRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := dataRegistry.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dataRegistry *DataRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (dataRegistry *DataRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := dataRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackListService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49109336.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listService(bytes32 schemaId, uint96 fee, string endpoint) returns(uint256 serviceId)
func (dataRegistry *DataRegistry) PackListService(schemaId [32]byte, fee *big.Int, endpoint string) []byte {
	enc, err := dataRegistry.abi.Pack("listService", schemaId, fee, endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49109336.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listService(bytes32 schemaId, uint96 fee, string endpoint) returns(uint256 serviceId)
func (dataRegistry *DataRegistry) TryPackListService(schemaId [32]byte, fee *big.Int, endpoint string) ([]byte, error) {
	return dataRegistry.abi.Pack("listService", schemaId, fee, endpoint)
}

// UnpackListService is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x49109336.
//
// Solidity: function listService(bytes32 schemaId, uint96 fee, string endpoint) returns(uint256 serviceId)
func (dataRegistry *DataRegistry) UnpackListService(data []byte) (*big.Int, error) {
	out, err := dataRegistry.abi.Unpack("listService", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21603f43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function order(uint256 orderId) view returns((address,uint96,uint64,uint32,uint8,uint32,bytes32))
func (dataRegistry *DataRegistry) PackOrder(orderId *big.Int) []byte {
	enc, err := dataRegistry.abi.Pack("order", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21603f43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function order(uint256 orderId) view returns((address,uint96,uint64,uint32,uint8,uint32,bytes32))
func (dataRegistry *DataRegistry) TryPackOrder(orderId *big.Int) ([]byte, error) {
	return dataRegistry.abi.Pack("order", orderId)
}

// UnpackOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21603f43.
//
// Solidity: function order(uint256 orderId) view returns((address,uint96,uint64,uint32,uint8,uint32,bytes32))
func (dataRegistry *DataRegistry) UnpackOrder(data []byte) (ValidationOrder, error) {
	out, err := dataRegistry.abi.Unpack("order", data)
	if err != nil {
		return *new(ValidationOrder), err
	}
	out0 := *abi.ConvertType(out[0], new(ValidationOrder)).(*ValidationOrder)
	return out0, nil
}

// PackOrderValidation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35ceed9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderValidation(uint256 serviceId, bytes32 manifest, uint32 ttl, uint96 maxFee) returns(uint256 orderId)
func (dataRegistry *DataRegistry) PackOrderValidation(serviceId *big.Int, manifest [32]byte, ttl uint32, maxFee *big.Int) []byte {
	enc, err := dataRegistry.abi.Pack("orderValidation", serviceId, manifest, ttl, maxFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderValidation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35ceed9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderValidation(uint256 serviceId, bytes32 manifest, uint32 ttl, uint96 maxFee) returns(uint256 orderId)
func (dataRegistry *DataRegistry) TryPackOrderValidation(serviceId *big.Int, manifest [32]byte, ttl uint32, maxFee *big.Int) ([]byte, error) {
	return dataRegistry.abi.Pack("orderValidation", serviceId, manifest, ttl, maxFee)
}

// UnpackOrderValidation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35ceed9a.
//
// Solidity: function orderValidation(uint256 serviceId, bytes32 manifest, uint32 ttl, uint96 maxFee) returns(uint256 orderId)
func (dataRegistry *DataRegistry) UnpackOrderValidation(data []byte) (*big.Int, error) {
	out, err := dataRegistry.abi.Unpack("orderValidation", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPayOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a685d3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payOrder(uint256 orderId) returns()
func (dataRegistry *DataRegistry) PackPayOrder(orderId *big.Int) []byte {
	enc, err := dataRegistry.abi.Pack("payOrder", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a685d3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payOrder(uint256 orderId) returns()
func (dataRegistry *DataRegistry) TryPackPayOrder(orderId *big.Int) ([]byte, error) {
	return dataRegistry.abi.Pack("payOrder", orderId)
}

// PackRefundOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc018c457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundOrder(uint256 orderId) returns()
func (dataRegistry *DataRegistry) PackRefundOrder(orderId *big.Int) []byte {
	enc, err := dataRegistry.abi.Pack("refundOrder", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc018c457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundOrder(uint256 orderId) returns()
func (dataRegistry *DataRegistry) TryPackRefundOrder(orderId *big.Int) ([]byte, error) {
	return dataRegistry.abi.Pack("refundOrder", orderId)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (dataRegistry *DataRegistry) PackRegistry() []byte {
	enc, err := dataRegistry.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (dataRegistry *DataRegistry) TryPackRegistry() ([]byte, error) {
	return dataRegistry.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (dataRegistry *DataRegistry) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := dataRegistry.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (dataRegistry *DataRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := dataRegistry.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (dataRegistry *DataRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return dataRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (dataRegistry *DataRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := dataRegistry.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (dataRegistry *DataRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return dataRegistry.abi.Pack("revokeRole", role, account)
}

// PackService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c915d6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function service(uint256 serviceId) view returns((address,bytes32,uint96,bool,uint32,string))
func (dataRegistry *DataRegistry) PackService(serviceId *big.Int) []byte {
	enc, err := dataRegistry.abi.Pack("service", serviceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c915d6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function service(uint256 serviceId) view returns((address,bytes32,uint96,bool,uint32,string))
func (dataRegistry *DataRegistry) TryPackService(serviceId *big.Int) ([]byte, error) {
	return dataRegistry.abi.Pack("service", serviceId)
}

// UnpackService is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c915d6d.
//
// Solidity: function service(uint256 serviceId) view returns((address,bytes32,uint96,bool,uint32,string))
func (dataRegistry *DataRegistry) UnpackService(data []byte) (DataService, error) {
	out, err := dataRegistry.abi.Unpack("service", data)
	if err != nil {
		return *new(DataService), err
	}
	out0 := *abi.ConvertType(out[0], new(DataService)).(*DataService)
	return out0, nil
}

// PackServiceCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06237526.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function serviceCount() view returns(uint256)
func (dataRegistry *DataRegistry) PackServiceCount() []byte {
	enc, err := dataRegistry.abi.Pack("serviceCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackServiceCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06237526.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function serviceCount() view returns(uint256)
func (dataRegistry *DataRegistry) TryPackServiceCount() ([]byte, error) {
	return dataRegistry.abi.Pack("serviceCount")
}

// UnpackServiceCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06237526.
//
// Solidity: function serviceCount() view returns(uint256)
func (dataRegistry *DataRegistry) UnpackServiceCount(data []byte) (*big.Int, error) {
	out, err := dataRegistry.abi.Unpack("serviceCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackServices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81e9395c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function services(uint256 offset, uint256 limit) view returns((address,bytes32,uint96,bool,uint32,string)[] page)
func (dataRegistry *DataRegistry) PackServices(offset *big.Int, limit *big.Int) []byte {
	enc, err := dataRegistry.abi.Pack("services", offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackServices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81e9395c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function services(uint256 offset, uint256 limit) view returns((address,bytes32,uint96,bool,uint32,string)[] page)
func (dataRegistry *DataRegistry) TryPackServices(offset *big.Int, limit *big.Int) ([]byte, error) {
	return dataRegistry.abi.Pack("services", offset, limit)
}

// UnpackServices is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81e9395c.
//
// Solidity: function services(uint256 offset, uint256 limit) view returns((address,bytes32,uint96,bool,uint32,string)[] page)
func (dataRegistry *DataRegistry) UnpackServices(data []byte) ([]DataService, error) {
	out, err := dataRegistry.abi.Unpack("services", data)
	if err != nil {
		return *new([]DataService), err
	}
	out0 := *abi.ConvertType(out[0], new([]DataService)).(*[]DataService)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dataRegistry *DataRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := dataRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dataRegistry *DataRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return dataRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (dataRegistry *DataRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := dataRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (dataRegistry *DataRegistry) PackToken() []byte {
	enc, err := dataRegistry.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (dataRegistry *DataRegistry) TryPackToken() ([]byte, error) {
	return dataRegistry.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (dataRegistry *DataRegistry) UnpackToken(data []byte) (common.Address, error) {
	out, err := dataRegistry.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe641c83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateService(uint256 serviceId, uint96 fee, string endpoint) returns()
func (dataRegistry *DataRegistry) PackUpdateService(serviceId *big.Int, fee *big.Int, endpoint string) []byte {
	enc, err := dataRegistry.abi.Pack("updateService", serviceId, fee, endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateService is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe641c83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateService(uint256 serviceId, uint96 fee, string endpoint) returns()
func (dataRegistry *DataRegistry) TryPackUpdateService(serviceId *big.Int, fee *big.Int, endpoint string) ([]byte, error) {
	return dataRegistry.abi.Pack("updateService", serviceId, fee, endpoint)
}

// DataRegistryOrderPaid represents a OrderPaid event raised by the DataRegistry contract.
type DataRegistryOrderPaid struct {
	OrderId  *big.Int
	Provider common.Address
	Fee      *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DataRegistryOrderPaidEventName = "OrderPaid"

// ContractEventName returns the user-defined event name.
func (DataRegistryOrderPaid) ContractEventName() string {
	return DataRegistryOrderPaidEventName
}

// UnpackOrderPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderPaid(uint256 indexed orderId, address indexed provider, uint96 fee)
func (dataRegistry *DataRegistry) UnpackOrderPaidEvent(log *types.Log) (*DataRegistryOrderPaid, error) {
	event := "OrderPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataRegistryOrderPaid)
	if len(log.Data) > 0 {
		if err := dataRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataRegistryOrderRefunded represents a OrderRefunded event raised by the DataRegistry contract.
type DataRegistryOrderRefunded struct {
	OrderId *big.Int
	Fee     *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataRegistryOrderRefundedEventName = "OrderRefunded"

// ContractEventName returns the user-defined event name.
func (DataRegistryOrderRefunded) ContractEventName() string {
	return DataRegistryOrderRefundedEventName
}

// UnpackOrderRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderRefunded(uint256 indexed orderId, uint96 fee)
func (dataRegistry *DataRegistry) UnpackOrderRefundedEvent(log *types.Log) (*DataRegistryOrderRefunded, error) {
	event := "OrderRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataRegistryOrderRefunded)
	if len(log.Data) > 0 {
		if err := dataRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataRegistryReportAttested represents a ReportAttested event raised by the DataRegistry contract.
type DataRegistryReportAttested struct {
	Manifest   [32]byte
	Authorizer common.Address
	SchemaId   [32]byte
	ReportHash [32]byte
	Pass       bool
	Rows       uint64
	Version    uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const DataRegistryReportAttestedEventName = "ReportAttested"

// ContractEventName returns the user-defined event name.
func (DataRegistryReportAttested) ContractEventName() string {
	return DataRegistryReportAttestedEventName
}

// UnpackReportAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReportAttested(bytes32 indexed manifest, address indexed authorizer, bytes32 indexed schemaId, bytes32 reportHash, bool pass, uint64 rows, uint64 version)
func (dataRegistry *DataRegistry) UnpackReportAttestedEvent(log *types.Log) (*DataRegistryReportAttested, error) {
	event := "ReportAttested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataRegistryReportAttested)
	if len(log.Data) > 0 {
		if err := dataRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the DataRegistry contract.
type DataRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DataRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DataRegistryRoleAdminChanged) ContractEventName() string {
	return DataRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (dataRegistry *DataRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*DataRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := dataRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataRegistryRoleGranted represents a RoleGranted event raised by the DataRegistry contract.
type DataRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DataRegistryRoleGranted) ContractEventName() string {
	return DataRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (dataRegistry *DataRegistry) UnpackRoleGrantedEvent(log *types.Log) (*DataRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := dataRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataRegistryRoleRevoked represents a RoleRevoked event raised by the DataRegistry contract.
type DataRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DataRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DataRegistryRoleRevoked) ContractEventName() string {
	return DataRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (dataRegistry *DataRegistry) UnpackRoleRevokedEvent(log *types.Log) (*DataRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := dataRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataRegistryServiceDelisted represents a ServiceDelisted event raised by the DataRegistry contract.
type DataRegistryServiceDelisted struct {
	ServiceId *big.Int
	By        common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataRegistryServiceDelistedEventName = "ServiceDelisted"

// ContractEventName returns the user-defined event name.
func (DataRegistryServiceDelisted) ContractEventName() string {
	return DataRegistryServiceDelistedEventName
}

// UnpackServiceDelistedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ServiceDelisted(uint256 indexed serviceId, address indexed by)
func (dataRegistry *DataRegistry) UnpackServiceDelistedEvent(log *types.Log) (*DataRegistryServiceDelisted, error) {
	event := "ServiceDelisted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataRegistryServiceDelisted)
	if len(log.Data) > 0 {
		if err := dataRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataRegistryServiceListed represents a ServiceListed event raised by the DataRegistry contract.
type DataRegistryServiceListed struct {
	ServiceId *big.Int
	Provider  common.Address
	SchemaId  [32]byte
	Fee       *big.Int
	Endpoint  string
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataRegistryServiceListedEventName = "ServiceListed"

// ContractEventName returns the user-defined event name.
func (DataRegistryServiceListed) ContractEventName() string {
	return DataRegistryServiceListedEventName
}

// UnpackServiceListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ServiceListed(uint256 indexed serviceId, address indexed provider, bytes32 indexed schemaId, uint96 fee, string endpoint)
func (dataRegistry *DataRegistry) UnpackServiceListedEvent(log *types.Log) (*DataRegistryServiceListed, error) {
	event := "ServiceListed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataRegistryServiceListed)
	if len(log.Data) > 0 {
		if err := dataRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataRegistryServiceUpdated represents a ServiceUpdated event raised by the DataRegistry contract.
type DataRegistryServiceUpdated struct {
	ServiceId *big.Int
	Fee       *big.Int
	Endpoint  string
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataRegistryServiceUpdatedEventName = "ServiceUpdated"

// ContractEventName returns the user-defined event name.
func (DataRegistryServiceUpdated) ContractEventName() string {
	return DataRegistryServiceUpdatedEventName
}

// UnpackServiceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ServiceUpdated(uint256 indexed serviceId, uint96 fee, string endpoint)
func (dataRegistry *DataRegistry) UnpackServiceUpdatedEvent(log *types.Log) (*DataRegistryServiceUpdated, error) {
	event := "ServiceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataRegistryServiceUpdated)
	if len(log.Data) > 0 {
		if err := dataRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DataRegistryValidationOrdered represents a ValidationOrdered event raised by the DataRegistry contract.
type DataRegistryValidationOrdered struct {
	OrderId   *big.Int
	ServiceId *big.Int
	Client    common.Address
	Manifest  [32]byte
	Fee       *big.Int
	Deadline  uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const DataRegistryValidationOrderedEventName = "ValidationOrdered"

// ContractEventName returns the user-defined event name.
func (DataRegistryValidationOrdered) ContractEventName() string {
	return DataRegistryValidationOrderedEventName
}

// UnpackValidationOrderedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidationOrdered(uint256 indexed orderId, uint256 indexed serviceId, address indexed client, bytes32 manifest, uint96 fee, uint32 deadline)
func (dataRegistry *DataRegistry) UnpackValidationOrderedEvent(log *types.Log) (*DataRegistryValidationOrdered, error) {
	event := "ValidationOrdered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != dataRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DataRegistryValidationOrdered)
	if len(log.Data) > 0 {
		if err := dataRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range dataRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (dataRegistry *DataRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["AttestationOutsideOrder"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackAttestationOutsideOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["AttestationSpent"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackAttestationSpentError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["InvalidEndpoint"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackInvalidEndpointError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["InvalidReport"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackInvalidReportError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["InvalidSigner"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackInvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["InvalidTTL"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackInvalidTTLError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["NotAttested"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackNotAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["NotAuthorizer"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackNotAuthorizerError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["NotClient"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackNotClientError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["NotProvider"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackNotProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["OrderClosed"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackOrderClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["OrderNotExpired"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackOrderNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["ProviderInactive"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackProviderInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["ServiceInactive"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackServiceInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["StaleReport"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackStaleReportError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["UnknownOrder"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackUnknownOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], dataRegistry.abi.Errors["UnknownService"].ID.Bytes()[:4]) {
		return dataRegistry.UnpackUnknownServiceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DataRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the DataRegistry contract.
type DataRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DataRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (dataRegistry *DataRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*DataRegistryAccessControlBadConfirmation, error) {
	out := new(DataRegistryAccessControlBadConfirmation)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the DataRegistry contract.
type DataRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DataRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (dataRegistry *DataRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DataRegistryAccessControlUnauthorizedAccount, error) {
	out := new(DataRegistryAccessControlUnauthorizedAccount)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryAttestationOutsideOrder represents a AttestationOutsideOrder error raised by the DataRegistry contract.
type DataRegistryAttestationOutsideOrder struct {
	OrderId    *big.Int
	AttestedAt uint32
	OrderedAt  uint32
	Deadline   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationOutsideOrder(uint256 orderId, uint32 attestedAt, uint32 orderedAt, uint32 deadline)
func DataRegistryAttestationOutsideOrderErrorID() common.Hash {
	return common.HexToHash("0xd81f59de7eadbac8da828cc9d59a036960cb14a0be7421280d736d1da83a5b67")
}

// UnpackAttestationOutsideOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationOutsideOrder(uint256 orderId, uint32 attestedAt, uint32 orderedAt, uint32 deadline)
func (dataRegistry *DataRegistry) UnpackAttestationOutsideOrderError(raw []byte) (*DataRegistryAttestationOutsideOrder, error) {
	out := new(DataRegistryAttestationOutsideOrder)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "AttestationOutsideOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryAttestationSpent represents a AttestationSpent error raised by the DataRegistry contract.
type DataRegistryAttestationSpent struct {
	Manifest [32]byte
	Provider common.Address
	Version  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationSpent(bytes32 manifest, address provider, uint64 version)
func DataRegistryAttestationSpentErrorID() common.Hash {
	return common.HexToHash("0x57fd42c3e627207d29831b0aab044fd2d87829bb5bdb395b2a34b41f6e20f56f")
}

// UnpackAttestationSpentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationSpent(bytes32 manifest, address provider, uint64 version)
func (dataRegistry *DataRegistry) UnpackAttestationSpentError(raw []byte) (*DataRegistryAttestationSpent, error) {
	out := new(DataRegistryAttestationSpent)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "AttestationSpent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryFeeTooHigh represents a FeeTooHigh error raised by the DataRegistry contract.
type DataRegistryFeeTooHigh struct {
	ServiceId *big.Int
	Fee       *big.Int
	MaxFee    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint256 serviceId, uint96 fee, uint96 maxFee)
func DataRegistryFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x289754d0a0a99ee016717b3f74a296b10611f33cc7e402b8959179981200a1b5")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint256 serviceId, uint96 fee, uint96 maxFee)
func (dataRegistry *DataRegistry) UnpackFeeTooHighError(raw []byte) (*DataRegistryFeeTooHigh, error) {
	out := new(DataRegistryFeeTooHigh)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryInvalidEndpoint represents a InvalidEndpoint error raised by the DataRegistry contract.
type DataRegistryInvalidEndpoint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEndpoint()
func DataRegistryInvalidEndpointErrorID() common.Hash {
	return common.HexToHash("0xf1cbb567704015383ee98669ab32a18748b06087e30f09387a43e6494de0fe61")
}

// UnpackInvalidEndpointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEndpoint()
func (dataRegistry *DataRegistry) UnpackInvalidEndpointError(raw []byte) (*DataRegistryInvalidEndpoint, error) {
	out := new(DataRegistryInvalidEndpoint)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "InvalidEndpoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryInvalidReport represents a InvalidReport error raised by the DataRegistry contract.
type DataRegistryInvalidReport struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReport()
func DataRegistryInvalidReportErrorID() common.Hash {
	return common.HexToHash("0xb55ac75450c898045d60a820c854ab789c180039c4c52047d1e13af5ec575728")
}

// UnpackInvalidReportError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReport()
func (dataRegistry *DataRegistry) UnpackInvalidReportError(raw []byte) (*DataRegistryInvalidReport, error) {
	out := new(DataRegistryInvalidReport)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "InvalidReport", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryInvalidSigner represents a InvalidSigner error raised by the DataRegistry contract.
type DataRegistryInvalidSigner struct {
	Recovered  common.Address
	Authorizer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSigner(address recovered, address authorizer)
func DataRegistryInvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x7ba5ffb5ea5896b6c25d9df1c1af58e0a39131f26db4016003db152912817de7")
}

// UnpackInvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSigner(address recovered, address authorizer)
func (dataRegistry *DataRegistry) UnpackInvalidSignerError(raw []byte) (*DataRegistryInvalidSigner, error) {
	out := new(DataRegistryInvalidSigner)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryInvalidTTL represents a InvalidTTL error raised by the DataRegistry contract.
type DataRegistryInvalidTTL struct {
	Ttl uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTTL(uint32 ttl)
func DataRegistryInvalidTTLErrorID() common.Hash {
	return common.HexToHash("0x54cdd43adab60d2c179f79d3987318e2029f171932c1de621f90f0dc93ebc2b2")
}

// UnpackInvalidTTLError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTTL(uint32 ttl)
func (dataRegistry *DataRegistry) UnpackInvalidTTLError(raw []byte) (*DataRegistryInvalidTTL, error) {
	out := new(DataRegistryInvalidTTL)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "InvalidTTL", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryNotAttested represents a NotAttested error raised by the DataRegistry contract.
type DataRegistryNotAttested struct {
	Manifest [32]byte
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAttested(bytes32 manifest, address provider)
func DataRegistryNotAttestedErrorID() common.Hash {
	return common.HexToHash("0xd9efa613738031c0096f3f6703efe18c2a44dc1878f4fbe4195f61c2e3fc90be")
}

// UnpackNotAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAttested(bytes32 manifest, address provider)
func (dataRegistry *DataRegistry) UnpackNotAttestedError(raw []byte) (*DataRegistryNotAttested, error) {
	out := new(DataRegistryNotAttested)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "NotAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryNotAuthorizer represents a NotAuthorizer error raised by the DataRegistry contract.
type DataRegistryNotAuthorizer struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAuthorizer(address node)
func DataRegistryNotAuthorizerErrorID() common.Hash {
	return common.HexToHash("0x29099f040d786b97642e3d9d8ac9cde19f2fe6e930e6da19c8be3f68409eb6fb")
}

// UnpackNotAuthorizerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAuthorizer(address node)
func (dataRegistry *DataRegistry) UnpackNotAuthorizerError(raw []byte) (*DataRegistryNotAuthorizer, error) {
	out := new(DataRegistryNotAuthorizer)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "NotAuthorizer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryNotClient represents a NotClient error raised by the DataRegistry contract.
type DataRegistryNotClient struct {
	OrderId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotClient(uint256 orderId, address caller)
func DataRegistryNotClientErrorID() common.Hash {
	return common.HexToHash("0xf8ebe6313f6b88d8e169a11d3237a4c73e03568aeb326318340438847897a10e")
}

// UnpackNotClientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotClient(uint256 orderId, address caller)
func (dataRegistry *DataRegistry) UnpackNotClientError(raw []byte) (*DataRegistryNotClient, error) {
	out := new(DataRegistryNotClient)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "NotClient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryNotProvider represents a NotProvider error raised by the DataRegistry contract.
type DataRegistryNotProvider struct {
	ServiceId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProvider(uint256 serviceId, address caller)
func DataRegistryNotProviderErrorID() common.Hash {
	return common.HexToHash("0x55a3d2d6d2dd0555c02c32a58cb2b6051f92c64478551c56ca5655097867405f")
}

// UnpackNotProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProvider(uint256 serviceId, address caller)
func (dataRegistry *DataRegistry) UnpackNotProviderError(raw []byte) (*DataRegistryNotProvider, error) {
	out := new(DataRegistryNotProvider)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "NotProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryOrderClosed represents a OrderClosed error raised by the DataRegistry contract.
type DataRegistryOrderClosed struct {
	OrderId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OrderClosed(uint256 orderId, uint8 status)
func DataRegistryOrderClosedErrorID() common.Hash {
	return common.HexToHash("0x044bfef10661bc2f1f87760f6f53f1b8db59a04ddf6fa91825b132a26c46aa5c")
}

// UnpackOrderClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OrderClosed(uint256 orderId, uint8 status)
func (dataRegistry *DataRegistry) UnpackOrderClosedError(raw []byte) (*DataRegistryOrderClosed, error) {
	out := new(DataRegistryOrderClosed)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "OrderClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryOrderNotExpired represents a OrderNotExpired error raised by the DataRegistry contract.
type DataRegistryOrderNotExpired struct {
	OrderId  *big.Int
	Deadline uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OrderNotExpired(uint256 orderId, uint32 deadline)
func DataRegistryOrderNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x210115009a87593f23c6a14c3d1e8da7cc2eb88baa74ded9bab5f6d29f8916db")
}

// UnpackOrderNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OrderNotExpired(uint256 orderId, uint32 deadline)
func (dataRegistry *DataRegistry) UnpackOrderNotExpiredError(raw []byte) (*DataRegistryOrderNotExpired, error) {
	out := new(DataRegistryOrderNotExpired)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "OrderNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryProviderInactive represents a ProviderInactive error raised by the DataRegistry contract.
type DataRegistryProviderInactive struct {
	OrderId  *big.Int
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderInactive(uint256 orderId, address provider)
func DataRegistryProviderInactiveErrorID() common.Hash {
	return common.HexToHash("0xa5a812bfef138307418865efaf47d32c10f3a741335675fc85a7b442a8c0d99f")
}

// UnpackProviderInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderInactive(uint256 orderId, address provider)
func (dataRegistry *DataRegistry) UnpackProviderInactiveError(raw []byte) (*DataRegistryProviderInactive, error) {
	out := new(DataRegistryProviderInactive)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "ProviderInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the DataRegistry contract.
type DataRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DataRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (dataRegistry *DataRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DataRegistryReentrancyGuardReentrantCall, error) {
	out := new(DataRegistryReentrancyGuardReentrantCall)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistrySafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the DataRegistry contract.
type DataRegistrySafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DataRegistrySafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (dataRegistry *DataRegistry) UnpackSafeERC20FailedOperationError(raw []byte) (*DataRegistrySafeERC20FailedOperation, error) {
	out := new(DataRegistrySafeERC20FailedOperation)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryServiceInactive represents a ServiceInactive error raised by the DataRegistry contract.
type DataRegistryServiceInactive struct {
	ServiceId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ServiceInactive(uint256 serviceId)
func DataRegistryServiceInactiveErrorID() common.Hash {
	return common.HexToHash("0xe70a8aa608cdd71dd73d86e76a9c76a120e0fa5fe95cd43a05d8d09b9dbcb729")
}

// UnpackServiceInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ServiceInactive(uint256 serviceId)
func (dataRegistry *DataRegistry) UnpackServiceInactiveError(raw []byte) (*DataRegistryServiceInactive, error) {
	out := new(DataRegistryServiceInactive)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "ServiceInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistrySignatureExpired represents a SignatureExpired error raised by the DataRegistry contract.
type DataRegistrySignatureExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint256 deadline)
func DataRegistrySignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xcd21db4f5222c209a625f44a7faa4c7077b21128ed96c96bd5c3a0f7bcc95d38")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint256 deadline)
func (dataRegistry *DataRegistry) UnpackSignatureExpiredError(raw []byte) (*DataRegistrySignatureExpired, error) {
	out := new(DataRegistrySignatureExpired)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryStaleReport represents a StaleReport error raised by the DataRegistry contract.
type DataRegistryStaleReport struct {
	Manifest   [32]byte
	Authorizer common.Address
	Version    uint64
	Current    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleReport(bytes32 manifest, address authorizer, uint64 version, uint64 current)
func DataRegistryStaleReportErrorID() common.Hash {
	return common.HexToHash("0x358516871409468c7bec353e0eac54cd95dd7ab3f3032f86fed59a58704367a4")
}

// UnpackStaleReportError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleReport(bytes32 manifest, address authorizer, uint64 version, uint64 current)
func (dataRegistry *DataRegistry) UnpackStaleReportError(raw []byte) (*DataRegistryStaleReport, error) {
	out := new(DataRegistryStaleReport)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "StaleReport", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryUnknownOrder represents a UnknownOrder error raised by the DataRegistry contract.
type DataRegistryUnknownOrder struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOrder(uint256 orderId)
func DataRegistryUnknownOrderErrorID() common.Hash {
	return common.HexToHash("0x40ddeab2f6af4f0aff74c3813ec8ddf75e28bbd22193a4f365bece4f1f503f58")
}

// UnpackUnknownOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOrder(uint256 orderId)
func (dataRegistry *DataRegistry) UnpackUnknownOrderError(raw []byte) (*DataRegistryUnknownOrder, error) {
	out := new(DataRegistryUnknownOrder)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "UnknownOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DataRegistryUnknownService represents a UnknownService error raised by the DataRegistry contract.
type DataRegistryUnknownService struct {
	ServiceId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownService(uint256 serviceId)
func DataRegistryUnknownServiceErrorID() common.Hash {
	return common.HexToHash("0xc03475623e7105572680451d1c18f578048c611f0fdd9fb9a4fc9e09cb560a2f")
}

// UnpackUnknownServiceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownService(uint256 serviceId)
func (dataRegistry *DataRegistry) UnpackUnknownServiceError(raw []byte) (*DataRegistryUnknownService, error) {
	out := new(DataRegistryUnknownService)
	if err := dataRegistry.abi.UnpackIntoInterface(out, "UnknownService", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenMetaData contains all meta data concerning the HookToken contract.
var HookTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"enableHook\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"hooked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "eb5697136489a6652adeceb2d8eec35764",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610c3b380380610c3b83398101604081905261002e9161029c565b60405180604001604052806004815260200163486f6f6b60e01b81525060405180604001604052806004815260200163484f4f4b60e01b81525081600390816100779190610375565b5060046100848282610375565b505050610097828261009e60201b60201c565b5050610458565b6001600160a01b0382166100cc5760405163ec442f0560e01b81525f60048201526024015b60405180910390fd5b6100d75f83836100db565b5050565b6100e6838383610176565b6001600160a01b0382165f9081526005602052604090205460ff16801561011657506001600160a01b0382163b15155b156101715760405163eaf9600d60e01b8152600481018290526001600160a01b0383169063eaf9600d906024015f604051808303815f87803b15801561015a575f5ffd5b505af115801561016c573d5f5f3e3d5ffd5b505050505b505050565b6001600160a01b0383166101a0578060025f8282546101959190610433565b909155506102109050565b6001600160a01b0383165f90815260208190526040902054818110156101f25760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016100c3565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661022c5760028054829003905561024a565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161028f91815260200190565b60405180910390a3505050565b5f5f604083850312156102ad575f5ffd5b82516001600160a01b03811681146102c3575f5ffd5b6020939093015192949293505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806102fb57607f821691505b60208210810361031957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610171578282111561017157805f5260205f20601f840160051c602085101561034a57505f5b90810190601f840160051c035f5b8181101561036d575f83820155600101610358565b505050505050565b81516001600160401b0381111561038e5761038e6102d3565b6103a28161039c84546102e7565b8461031f565b6020601f8211600181146103d4575f83156103bd5750848201515b5f19600385901b1c1916600184901b17845561042c565b5f84815260208120601f198516915b8281101561040357878501518255602094850194600190920191016103e3565b508482101561042057868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b8082018082111561045257634e487b7160e01b5f52601160045260245ffd5b92915050565b6107d6806104655f395ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c806370a082311161006e57806370a082311461011f5780638c46092c1461014757806395d89b4114610169578063a9059cbb14610171578063ba84e21714610184578063dd62ed3e146101a4575f5ffd5b806306fdde03146100aa578063095ea7b3146100c857806318160ddd146100eb57806323b872dd146100fd578063313ce56714610110575b5f5ffd5b6100b26101dc565b6040516100bf9190610646565b60405180910390f35b6100db6100d6366004610696565b61026c565b60405190151581526020016100bf565b6002545b6040519081526020016100bf565b6100db61010b3660046106be565b610285565b604051601281526020016100bf565b6100ef61012d3660046106f8565b6001600160a01b03165f9081526020819052604090205490565b6100db6101553660046106f8565b60056020525f908152604090205460ff1681565b6100b26102a8565b6100db61017f366004610696565b6102b7565b6101a2335f908152600560205260409020805460ff19166001179055565b005b6100ef6101b2366004610718565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6060600380546101eb90610749565b80601f016020809104026020016040519081016040528092919081815260200182805461021790610749565b80156102625780601f1061023957610100808354040283529160200191610262565b820191905f5260205f20905b81548152906001019060200180831161024557829003601f168201915b5050505050905090565b5f336102798185856102c4565b60019150505b92915050565b5f336102928582856102d6565b61029d858585610357565b506001949350505050565b6060600480546101eb90610749565b5f33610279818585610357565b6102d183838360016103b4565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610351578181101561034357604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61035184848484035f6103b4565b50505050565b6001600160a01b03831661038057604051634b637e8f60e11b81525f600482015260240161033a565b6001600160a01b0382166103a95760405163ec442f0560e01b81525f600482015260240161033a565b6102d1838383610486565b6001600160a01b0384166103dd5760405163e602df0560e01b81525f600482015260240161033a565b6001600160a01b03831661040657604051634a1406b160e11b81525f600482015260240161033a565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561035157826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161047891815260200190565b60405180910390a350505050565b610491838383610520565b6001600160a01b0382165f9081526005602052604090205460ff1680156104c157506001600160a01b0382163b15155b156102d15760405163eaf9600d60e01b8152600481018290526001600160a01b0383169063eaf9600d906024015f604051808303815f87803b158015610505575f5ffd5b505af1158015610517573d5f5f3e3d5ffd5b50505050505050565b6001600160a01b03831661054a578060025f82825461053f9190610781565b909155506105ba9050565b6001600160a01b0383165f908152602081905260409020548181101561059c5760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161033a565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166105d6576002805482900390556105f4565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161063991815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610691575f5ffd5b919050565b5f5f604083850312156106a7575f5ffd5b6106b08361067b565b946020939093013593505050565b5f5f5f606084860312156106d0575f5ffd5b6106d98461067b565b92506106e76020850161067b565b929592945050506040919091013590565b5f60208284031215610708575f5ffd5b6107118261067b565b9392505050565b5f5f60408385031215610729575f5ffd5b6107328361067b565b91506107406020840161067b565b90509250929050565b600181811c9082168061075d57607f821691505b60208210810361077b57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561027f57634e487b7160e01b5f52601160045260245ffdfea264697066735822122050931dcc5b67d4300e35e7893697069306ea9037b7e054f8ebcff4bb54fe545564736f6c63430008250033",
}

// HookToken is an auto generated Go binding around an Ethereum contract.
type HookToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HookToken) GetABI() abi.ABI {
	return c.abi
}

// NewHookToken creates a new instance of HookToken.
func NewHookToken() *HookToken {
	parsed, err := HookTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HookToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HookToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address holder, uint256 supply) returns()
func (hookToken *HookToken) PackConstructor(holder common.Address, supply *big.Int) []byte {
	enc, err := hookToken.abi.Pack("", holder, supply)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hookToken *HookToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := hookToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hookToken *HookToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return hookToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (hookToken *HookToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := hookToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (hookToken *HookToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := hookToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (hookToken *HookToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return hookToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (hookToken *HookToken) UnpackApprove(data []byte) (bool, error) {
	out, err := hookToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hookToken *HookToken) PackBalanceOf(account common.Address) []byte {
	enc, err := hookToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hookToken *HookToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return hookToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (hookToken *HookToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := hookToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (hookToken *HookToken) PackDecimals() []byte {
	enc, err := hookToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (hookToken *HookToken) TryPackDecimals() ([]byte, error) {
	return hookToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (hookToken *HookToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := hookToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEnableHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba84e217.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enableHook() returns()
func (hookToken *HookToken) PackEnableHook() []byte {
	enc, err := hookToken.abi.Pack("enableHook")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnableHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba84e217.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enableHook() returns()
func (hookToken *HookToken) TryPackEnableHook() ([]byte, error) {
	return hookToken.abi.Pack("enableHook")
}

// PackHooked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c46092c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hooked(address ) view returns(bool)
func (hookToken *HookToken) PackHooked(arg0 common.Address) []byte {
	enc, err := hookToken.abi.Pack("hooked", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHooked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c46092c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hooked(address ) view returns(bool)
func (hookToken *HookToken) TryPackHooked(arg0 common.Address) ([]byte, error) {
	return hookToken.abi.Pack("hooked", arg0)
}

// UnpackHooked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c46092c.
//
// Solidity: function hooked(address ) view returns(bool)
func (hookToken *HookToken) UnpackHooked(data []byte) (bool, error) {
	out, err := hookToken.abi.Unpack("hooked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (hookToken *HookToken) PackName() []byte {
	enc, err := hookToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (hookToken *HookToken) TryPackName() ([]byte, error) {
	return hookToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (hookToken *HookToken) UnpackName(data []byte) (string, error) {
	out, err := hookToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (hookToken *HookToken) PackSymbol() []byte {
	enc, err := hookToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (hookToken *HookToken) TryPackSymbol() ([]byte, error) {
	return hookToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (hookToken *HookToken) UnpackSymbol(data []byte) (string, error) {
	out, err := hookToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (hookToken *HookToken) PackTotalSupply() []byte {
	enc, err := hookToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (hookToken *HookToken) TryPackTotalSupply() ([]byte, error) {
	return hookToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (hookToken *HookToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := hookToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (hookToken *HookToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := hookToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (hookToken *HookToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return hookToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (hookToken *HookToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := hookToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (hookToken *HookToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := hookToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (hookToken *HookToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return hookToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (hookToken *HookToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := hookToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// HookTokenApproval represents a Approval event raised by the HookToken contract.
type HookTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const HookTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (HookTokenApproval) ContractEventName() string {
	return HookTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (hookToken *HookToken) UnpackApprovalEvent(log *types.Log) (*HookTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookTokenApproval)
	if len(log.Data) > 0 {
		if err := hookToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// HookTokenTransfer represents a Transfer event raised by the HookToken contract.
type HookTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const HookTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (HookTokenTransfer) ContractEventName() string {
	return HookTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (hookToken *HookToken) UnpackTransferEvent(log *types.Log) (*HookTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != hookToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(HookTokenTransfer)
	if len(log.Data) > 0 {
		if err := hookToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range hookToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (hookToken *HookToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], hookToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return hookToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// HookTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the HookToken contract.
type HookTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func HookTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (hookToken *HookToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*HookTokenERC20InsufficientAllowance, error) {
	out := new(HookTokenERC20InsufficientAllowance)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the HookToken contract.
type HookTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func HookTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (hookToken *HookToken) UnpackERC20InsufficientBalanceError(raw []byte) (*HookTokenERC20InsufficientBalance, error) {
	out := new(HookTokenERC20InsufficientBalance)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the HookToken contract.
type HookTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func HookTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (hookToken *HookToken) UnpackERC20InvalidApproverError(raw []byte) (*HookTokenERC20InvalidApprover, error) {
	out := new(HookTokenERC20InvalidApprover)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the HookToken contract.
type HookTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func HookTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (hookToken *HookToken) UnpackERC20InvalidReceiverError(raw []byte) (*HookTokenERC20InvalidReceiver, error) {
	out := new(HookTokenERC20InvalidReceiver)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the HookToken contract.
type HookTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func HookTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (hookToken *HookToken) UnpackERC20InvalidSenderError(raw []byte) (*HookTokenERC20InvalidSender, error) {
	out := new(HookTokenERC20InvalidSender)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// HookTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the HookToken contract.
type HookTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func HookTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (hookToken *HookToken) UnpackERC20InvalidSpenderError(raw []byte) (*HookTokenERC20InvalidSpender, error) {
	out := new(HookTokenERC20InvalidSpender)
	if err := hookToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleMetaData contains all meta data concerning the InferenceOracle contract.
var InferenceOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InvalidOutputCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"InvalidVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"ModelExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"ModelInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"deadline\",\"type\":\"uint32\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"NotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotModelOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"OutputOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"ProofRejected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"deadline\",\"type\":\"uint32\"}],\"name\":\"RequestExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"want\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"got\",\"type\":\"address\"}],\"name\":\"WrongProver\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CallbackFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"int256[]\",\"name\":\"outputs\",\"type\":\"int256[]\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"callbackOk\",\"type\":\"bool\"}],\"name\":\"InferenceFulfilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"inputCommit\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"deadline\",\"type\":\"uint32\"}],\"name\":\"InferenceRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"ModelActiveSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"numOutputs\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"RequestCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FIELD_MODULUS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OUTPUT\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OUTPUTS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REASON_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TTL\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"int256[]\",\"name\":\"outputs\",\"type\":\"int256[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"fulfil\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"getRequest\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"deadline\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"inputCommit\",\"type\":\"uint256\"}],\"internalType\":\"structInferenceRequest\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"model\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"numOutputs\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"internalType\":\"structOracleModel\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"int256[]\",\"name\":\"outputs\",\"type\":\"int256[]\"}],\"name\":\"publicInputs\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"numOutputs\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"registerModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"inputCommit\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"ttl\",\"type\":\"uint32\"}],\"internalType\":\"structInferenceParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"request\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"requestNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"result\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"miner\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"fulfilledAt\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"callbackOk\",\"type\":\"bool\"},{\"internalType\":\"int256[]\",\"name\":\"outputs\",\"type\":\"int256[]\"}],\"internalType\":\"structInferenceResult\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setModelActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "8eab9b7f1d0166686d614fafc596cdb774",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516126fb3803806126fb83398101604081905261002e91610138565b6001600160a01b0382166080526100455f82610078565b506100707fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923882610078565b505050610170565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610118575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100d03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161011b565b505f5b92915050565b6001600160a01b0381168114610135575f5ffd5b50565b5f5f60408385031215610149575f5ffd5b825161015481610121565b602084015190925061016581610121565b809150509250929050565b60805161255e61019d5f395f818161042f0152818161072001528181610c770152611317015261255e5ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c806391d14854116100d9578063c5efd1ad11610093578063e01b402d1161006e578063e01b402d1461038d578063ee19e84b14610397578063f68e955314610403578063fc0c546a1461042a575f5ffd5b8063c5efd1ad14610343578063d547741f1461036b578063ddc1585f1461037e575f5ffd5b806391d14854146102d0578063a217fddf146102e3578063ac2baa9d146102ea578063b2b6b37d146102fd578063bcc4781c14610310578063c58343ef14610323575f5ffd5b80633cefc4041161014457806352ccef2e1161011f57806352ccef2e146102765780635badbe4c146102895780636d9809a0146102915780638ae84f5a146102b0575f5ffd5b80633cefc4041461024657806340e58ee51461024f5780634f76a98e14610262575f5ffd5b806301ffc9a71461018b578063248a9ca3146101b35780632f2ff15d146101e357806336568abe146101f857806337fa44be1461020b5780633c59405914610226575b5f5ffd5b61019e610199366004611de0565b610469565b60405190151581526020015b60405180910390f35b6101d56101c1366004611e0e565b5f9081526020819052604090206001015490565b6040519081526020016101aa565b6101f66101f1366004611e3b565b61049f565b005b6101f6610206366004611e3b565b6104c9565b610213604081565b60405161ffff90911681526020016101aa565b610239610234366004611e0e565b610501565b6040516101aa9190611e65565b6101d561010081565b6101f661025d366004611e0e565b6105d2565b6101d55f5160206125095f395f51905f5281565b6101f6610284366004611edd565b61075d565b6002546101d5565b61029b621e848081565b60405163ffffffff90911681526020016101aa565b6102c36102be366004611f77565b610a24565b6040516101aa9190611fcd565b61019e6102de366004611e3b565b610a46565b6101d55f81565b6101f66102f836600461200f565b610a6e565b6101d561030b366004611e0e565b610d31565b6101f661031e3660046120b3565b610d6a565b610336610331366004611e0e565b610e36565b6040516101aa91906120e5565b6103566103513660046121a2565b610f1d565b604080519283526020830191909152016101aa565b6101f6610379366004611e3b565b611357565b6101d5677fffffffffffffff81565b61029b62278d0081565b6103aa6103a5366004611e0e565b61137b565b6040516101aa919081516001600160a01b03908116825260208084015161ffff16908301526040808401511515908301526060808401516001600160e01b03191690830152608092830151169181019190915260a00190565b6101d57fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923881565b6104517f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101aa565b5f6001600160e01b03198216637965db0b60e01b148061049957506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f828152602081905260409020600101546104b981611415565b6104c3838361141f565b50505050565b6001600160a01b03811633146104f25760405163334bd91960e11b815260040160405180910390fd5b6104fc82826114ae565b505050565b604080516080810182525f808252602082018190529181019190915260608082015261052c82611517565b505f82815260036020908152604091829020825160808101845281546001600160a01b0381168252600160a01b810463ffffffff1682850152600160c01b900460ff1615158185015260018201805485518186028101860190965280865291949293606086019392908301828280156105c257602002820191905f5260205f20905b8154815260200190600101908083116105ae575b5050505050815250509050919050565b6105da611564565b5f6105e482611517565b80549091506001600160a01b0316331461061f576040516358ea1a2760e01b8152600481018390523360248201526044015b60405180910390fd5b600181810154600160e01b900460ff16146106655760018101546040516345945c7d60e11b815260048101849052600160e01b90910460ff166024820152604401610616565b6001810154600160a01b900463ffffffff1642116106b157600181015460405163e705ef3d60e01b815260048101849052600160a01b90910463ffffffff166024820152604401610616565b60018101805460ff60e01b1916600360e01b1790558054604051600160a01b9091046001600160601b03169083907fee243f878b7fc2f54e934ca33783d4395d42bc07612e2bd4b8e0e178639f7a28905f90a26001600160601b03811615610750576107506001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016336001600160601b03841661159b565b505061075a6115d0565b50565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861078781611415565b5f5160206125095f395f51905f5285106107b757604051632051490960e21b815260048101869052602401610616565b5f858152600160205260409020546001600160a01b0316156107ef57604051630921ba1360e21b815260048101869052602401610616565b836001600160a01b03163b5f036108245760405163226328af60e11b81526001600160a01b0385166004820152602401610616565b61ffff831615806108395750604061ffff8416115b15610866576040805163c4ddeddb60e01b815261ffff851660048201526024810191909152604401610616565b5f61087e61087961ffff861660046121cf565b6115fa565b60405160200161088e91906121f9565b6040516020818303038152906040528051906020012090506040518060a00160405280866001600160a01b031681526020018561ffff168152602001600115158152602001826001600160e01b0319168152602001846001600160a01b031681525060015f8881526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548161ffff021916908361ffff1602179055506040820151815f0160166101000a81548160ff0219169083151502179055506060820151815f0160176101000a81548163ffffffff021916908360e01c02179055506080820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550905050857ff206af9cfc3628e9ca0c1a9a8f2092d5628e30030d8bc5496365046dc0909e8f868686604051610a14939291906001600160a01b03938416815261ffff929092166020830152909116604082015260600190565b60405180910390a2505050505050565b6060610a3b610a3286611517565b8686868661168a565b90505b949350505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610a7886611517565b600180820154919250600160e01b90910460ff1614610ac25760018101546040516345945c7d60e11b815260048101889052600160e01b90910460ff166024820152604401610616565b6001810154600160a01b900463ffffffff16421115610b0f576001810154604051631cc0fcdd60e11b815260048101889052600160a01b90910463ffffffff166024820152604401610616565b60028101546001600160a01b031615801590610b38575060028101546001600160a01b03163314155b15610b7457600281015460405163b313084760e01b8152600481018890526001600160a01b039091166024820152336044820152606401610616565b60038101545f9081526001602052604090208054600160a01b900461ffff168514610bc857805460405163c4ddeddb60e01b815260048101879052600160a01b90910461ffff166024820152604401610616565b610bd8818389338a8a8a8a611853565b610bf857604051636255f36360e11b815260048101889052602401610616565b6001828101805460ff60e01b1916600160e11b1790555f88815260036020526040902080546001600160c01b0319163363ffffffff60a01b191617600160a01b4263ffffffff1602178155908101610c51878983612267565b508254600160a01b90046001600160601b03168015610ca757610ca76001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016336001600160601b03841661159b565b6001848101546001600160a01b031615610cdf57610cc78a868b8b61198a565b835460ff60c01b1916600160c01b8215150217845590505b336001600160a01b03168a7fabb888a6037a2d556904073d231f24ec35f746f53fd9467dbc01c514767933028b8b85604051610d1d93929190612331565b60405180910390a350505050505050505050565b60408051466020808301919091523082840152606080830194909452825180830390940184526080909101909152815191012060081c90565b5f610d7483611b43565b60018101549091506001600160a01b03163314801590610dbb5750610db97fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923833610a46565b155b15610de25760405163c0d87d6b60e01b815260048101849052336024820152604401610616565b805460ff60b01b1916600160b01b83151590810291909117825560405190815283907f258d2fadf16c807b1a1113c7de3b3e2e9c6900d2f60290e3d925732de1de087c9060200160405180910390a2505050565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152610e8782611517565b604080516101208101825282546001600160a01b038082168352600160a01b918290046001600160601b0316602084015260018501548082169484019490945290830463ffffffff9081166060840152600160c01b8404166080830152600160e01b90920460ff1660a0820152600283015490911660c0820152600382015460e082015260049091015461010082015292915050565b5f5f610f27611564565b5f610f328435611b43565b8054909150600160b01b900460ff16610f615760405163e89d2b0560e01b815284356004820152602401610616565b5f5160206125095f395f51905f52846020013510610f9857604051632051490960e21b815260208501356004820152602401610616565b610fa860e0850160c08601612356565b63ffffffff161580610fd1575062278d00610fc960e0860160c08701612356565b63ffffffff16115b80610ff35750621e8480610feb60a0860160808701612356565b63ffffffff16115b15611011576040516341abc80160e01b815260040160405180910390fd5b5f6110226080860160608701612379565b6001600160a01b031614801561104c575061104360a0850160808601612356565b63ffffffff1615155b1561106a576040516341abc80160e01b815260040160405180910390fd5b600254925061107883610d31565b91505f61108b60e0860160c08701612356565b61109b9063ffffffff16426121cf565b90506002604051806101200160405280336001600160a01b031681526020018760400160208101906110cd9190612392565b6001600160601b031681526020016110eb6080890160608a01612379565b6001600160a01b0316815263ffffffff8416602082015260400161111560a0890160808a01612356565b63ffffffff1681526001602082015260400161113760c0890160a08a01612379565b6001600160a01b039081168252883560208084018290528a81013560409485018190528654600181810189555f988952978390208751938801516001600160601b0316600160a01b908102948716949094176005909202019081558686015197810180546060808a015160808b015160a08c015160ff16600160e01b0260ff60e01b1963ffffffff928316600160c01b021664ffffffffff60c01b19929093169098026001600160c01b03199094169c8a169c909c17929092179a909a16179390931790925560c0860151600283018054919095166001600160a01b0319919091161790935560e0850151600382015561010090940151600490940193909355339388927f4a75be0fe53b005f98f5c003a4c19835ef6e862e8b0c4d49c8aa71c9a362b792928992909161126f918d01908d01612392565b61127f60c08d0160a08e01612379565b61128f60808e0160608f01612379565b6040805195865260208601949094526001600160601b0392909216848401526001600160a01b03908116606085015216608083015263ffffffff871660a0830152519081900360c00190a46112ea6060860160408701612392565b6001600160601b03161561134857611348333061130d6060890160408a01612392565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169291906001600160601b0316611b80565b50506113526115d0565b915091565b5f8281526020819052604090206001015461137181611415565b6104c383836114ae565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526113ae82611b43565b6040805160a08101825282546001600160a01b038082168352600160a01b820461ffff166020840152600160b01b820460ff16151593830193909352600160b81b900460e01b6001600160e01b031916606082015260019092015416608082015292915050565b61075a8133611bb6565b5f61142a8383610a46565b6114a7575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561145f3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610499565b505f610499565b5f6114b98383610a46565b156114a7575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610499565b6002545f90821061153e57604051631f79bbe760e01b815260048101839052602401610616565b60028281548110611551576115516123b8565b905f5260205f2090600502019050919050565b61156c611bf3565b61159960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611c33565b565b6115a88383836001611c3a565b6104fc57604051635274afe760e01b81526001600160a01b0384166004820152602401610616565b6115995f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611593565b60605f61160683611c9c565b60010190505f8167ffffffffffffffff8111156116255761162561223c565b6040519080825280601f01601f19166020018201604052801561164f576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461165957509392505050565b60606116978260046121cf565b67ffffffffffffffff8111156116af576116af61223c565b6040519080825280602002602001820160405280156116d8578160200160208202803683370190505b50905085600301545f1c815f815181106116f4576116f46123b8565b60200260200101818152505061170985610d31565b8160018151811061171c5761171c6123b8565b602002602001018181525050836001600160a01b031681600281518110611745576117456123b8565b602002602001018181525050856004015481600381518110611769576117696123b8565b60209081029190910101525f5b82811015611849575f848483818110611791576117916123b8565b905060200201359050677fffffffffffffff60070b8113806117c257506117bf677fffffffffffffff6123e0565b81125b156117ea576040516384821f2760e01b81526004810183905260248101829052604401610616565b5f811215611817576117fb816123e0565b611812905f5160206125095f395f51905f526123fa565b611819565b805b836118258460046121cf565b81518110611835576118356123b8565b602090810291909101015250600101611776565b5095945050505050565b5f5f611862898989898961168a565b90505f6020611871818661240d565b61187c9060206123fa565b611886919061240d565b8b5483519192505f91600160b81b90910460e01b906118a69060016121cf565b6118b1906020612250565b848789818767ffffffffffffffff8111156118ce576118ce61223c565b6040519080825280601f01601f1916602001820160405280156118f8576020820181803683370190505b5060405160200161190f9796959493929190612420565b60408051601f19818403018152908290528d549092506001600160a01b03169061193a90839061248c565b5f60405180830381855afa9150503d805f8114611972576040519150601f19603f3d011682016040523d82523d5f602084013e611977565b606091505b50909d9c50505050505050505050505050565b60018301545f906001600160a01b03811690600160c01b900463ffffffff16826119b5603f83612497565b6119bf90836121cf565b6119cb90614e206121cf565b9050805a10156119fa575a6040516323e228cb60e01b8152600481019190915260248101829052604401610616565b826001600160a01b03163b5f03611a6157826001600160a01b0316887f5c5960582bfc7a494183b4e9a66bfe8ecffc07a83a48d136e732400f7b98bf50604051611a4e9060208082525f9082015260400190565b60405180910390a35f9350505050610a3e565b5f8888600301548888604051602401611a7d94939291906124aa565b60408051601f198184030181529190526020810180516001600160e01b0316631cc4ca9d60e31b1781528151919250606091610100915f918291828a8af1965086611aed573d81811115611ace5750805b6040519250808352805f602085013e601f01601f191682016020016040525b86611b3557856001600160a01b03168b7f5c5960582bfc7a494183b4e9a66bfe8ecffc07a83a48d136e732400f7b98bf5084604051611b2c91906124d3565b60405180910390a35b505050505050949350505050565b5f81815260016020526040902080546001600160a01b0316611b7b5760405163a2dc062560e01b815260048101839052602401610616565b919050565b611b8e848484846001611d73565b6104c357604051635274afe760e01b81526001600160a01b0385166004820152602401610616565b611bc08282610a46565b611bef5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610616565b5050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561159957604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611c90578383151615611c84573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310611cda5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611d06576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310611d2457662386f26fc10000830492506010015b6305f5e1008310611d3c576305f5e100830492506008015b6127108310611d5057612710830492506004015b60648310611d62576064830492506002015b600a83106104995760010192915050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316611dcf578383151615611dc3573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215611df0575f5ffd5b81356001600160e01b031981168114611e07575f5ffd5b9392505050565b5f60208284031215611e1e575f5ffd5b5035919050565b80356001600160a01b0381168114611b7b575f5ffd5b5f5f60408385031215611e4c575f5ffd5b82359150611e5c60208401611e25565b90509250929050565b602081525f60a0820160018060a01b03845116602084015263ffffffff6020850151166040840152604084015115156060840152606084015160808085015281815180845260c0860191506020830193505f92505b808310156118495783518252602082019150602084019350600183019250611eba565b5f5f5f5f60808587031215611ef0575f5ffd5b84359350611f0060208601611e25565b9250604085013561ffff81168114611f16575f5ffd5b9150611f2460608601611e25565b905092959194509250565b5f5f83601f840112611f3f575f5ffd5b50813567ffffffffffffffff811115611f56575f5ffd5b6020830191508360208260051b8501011115611f70575f5ffd5b9250929050565b5f5f5f5f60608587031215611f8a575f5ffd5b84359350611f9a60208601611e25565b9250604085013567ffffffffffffffff811115611fb5575f5ffd5b611fc187828801611f2f565b95989497509550505050565b602080825282518282018190525f918401906040840190835b81811015612004578351835260209384019390920191600101611fe6565b509095945050505050565b5f5f5f5f5f60608688031215612023575f5ffd5b85359450602086013567ffffffffffffffff811115612040575f5ffd5b61204c88828901611f2f565b909550935050604086013567ffffffffffffffff81111561206b575f5ffd5b8601601f8101881361207b575f5ffd5b803567ffffffffffffffff811115612091575f5ffd5b8860208284010111156120a2575f5ffd5b959894975092955050506020019190565b5f5f604083850312156120c4575f5ffd5b82359150602083013580151581146120da575f5ffd5b809150509250929050565b81516001600160a01b031681526020808301516001600160601b031690820152604080830151610120830191612125908401826001600160a01b03169052565b50606083015161213d606084018263ffffffff169052565b506080830151612155608084018263ffffffff169052565b5060a083015161216a60a084018260ff169052565b5060c083015161218560c08401826001600160a01b03169052565b5060e083015160e083015261010083015161010083015292915050565b5f60e08284031280156121b3575f5ffd5b509092915050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610499576104996121bb565b5f81518060208401855e5f93019283525090919050565b7f76657269667950726f6f662862797465732c75696e743235365b00000000000081525f61222a601a8301846121e2565b615d2960f01b81526002019392505050565b634e487b7160e01b5f52604160045260245ffd5b8082028115828204841417610499576104996121bb565b67ffffffffffffffff83111561227f5761227f61223c565b680100000000000000008311156122985761229861223c565b8054838255808410156122cc57815f528360205f20018482035f5b818110156122c8575f838201556001016122b3565b5050505b505f8181526020812083915b858110156122f4578235828201556020909201916001016122d8565b505050505050565b8183526020830192505f815f5b84811015612327578135865260209586019590910190600101612309565b5093949350505050565b604081525f6123446040830185876122fc565b90508215156020830152949350505050565b5f60208284031215612366575f5ffd5b813563ffffffff81168114611e07575f5ffd5b5f60208284031215612389575f5ffd5b611e0782611e25565b5f602082840312156123a2575f5ffd5b81356001600160601b0381168114611e07575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b5f600160ff1b82016123f4576123f46121bb565b505f0390565b81810381811115610499576104996121bb565b5f8261241b5761241b6123cc565b500690565b63ffffffff60e01b881681528660048201525f602482018751602089015f5b8281101561245d57815184526020938401939091019060010161243f565b505050868152848660208301375f90850160200190815261247e81856121e2565b9a9950505050505050505050565b5f611e0782846121e2565b5f826124a5576124a56123cc565b500490565b848152836020820152606060408201525f6124c96060830184866122fc565b9695505050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f8301168401019150509291505056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a2646970667358221220d8289946c653a162aed50d0afca4e89f3fa0d5043ec3207899978231558097e864736f6c63430008250033",
}

// InferenceOracle is an auto generated Go binding around an Ethereum contract.
type InferenceOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *InferenceOracle) GetABI() abi.ABI {
	return c.abi
}

// NewInferenceOracle creates a new instance of InferenceOracle.
func NewInferenceOracle() *InferenceOracle {
	parsed, err := InferenceOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &InferenceOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *InferenceOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address admin) returns()
func (inferenceOracle *InferenceOracle) PackConstructor(token_ common.Address, admin common.Address) []byte {
	enc, err := inferenceOracle.abi.Pack("", token_, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (inferenceOracle *InferenceOracle) PackDEFAULTADMINROLE() []byte {
	enc, err := inferenceOracle.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (inferenceOracle *InferenceOracle) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return inferenceOracle.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (inferenceOracle *InferenceOracle) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := inferenceOracle.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFIELDMODULUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f76a98e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FIELD_MODULUS() view returns(uint256)
func (inferenceOracle *InferenceOracle) PackFIELDMODULUS() []byte {
	enc, err := inferenceOracle.abi.Pack("FIELD_MODULUS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFIELDMODULUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f76a98e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FIELD_MODULUS() view returns(uint256)
func (inferenceOracle *InferenceOracle) TryPackFIELDMODULUS() ([]byte, error) {
	return inferenceOracle.abi.Pack("FIELD_MODULUS")
}

// UnpackFIELDMODULUS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f76a98e.
//
// Solidity: function FIELD_MODULUS() view returns(uint256)
func (inferenceOracle *InferenceOracle) UnpackFIELDMODULUS(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("FIELD_MODULUS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d9809a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint32)
func (inferenceOracle *InferenceOracle) PackMAXCALLBACKGAS() []byte {
	enc, err := inferenceOracle.abi.Pack("MAX_CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d9809a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint32)
func (inferenceOracle *InferenceOracle) TryPackMAXCALLBACKGAS() ([]byte, error) {
	return inferenceOracle.abi.Pack("MAX_CALLBACK_GAS")
}

// UnpackMAXCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d9809a0.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint32)
func (inferenceOracle *InferenceOracle) UnpackMAXCALLBACKGAS(data []byte) (uint32, error) {
	out, err := inferenceOracle.abi.Unpack("MAX_CALLBACK_GAS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMAXOUTPUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddc1585f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OUTPUT() view returns(int256)
func (inferenceOracle *InferenceOracle) PackMAXOUTPUT() []byte {
	enc, err := inferenceOracle.abi.Pack("MAX_OUTPUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOUTPUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddc1585f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OUTPUT() view returns(int256)
func (inferenceOracle *InferenceOracle) TryPackMAXOUTPUT() ([]byte, error) {
	return inferenceOracle.abi.Pack("MAX_OUTPUT")
}

// UnpackMAXOUTPUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddc1585f.
//
// Solidity: function MAX_OUTPUT() view returns(int256)
func (inferenceOracle *InferenceOracle) UnpackMAXOUTPUT(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("MAX_OUTPUT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXOUTPUTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37fa44be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OUTPUTS() view returns(uint16)
func (inferenceOracle *InferenceOracle) PackMAXOUTPUTS() []byte {
	enc, err := inferenceOracle.abi.Pack("MAX_OUTPUTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOUTPUTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37fa44be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OUTPUTS() view returns(uint16)
func (inferenceOracle *InferenceOracle) TryPackMAXOUTPUTS() ([]byte, error) {
	return inferenceOracle.abi.Pack("MAX_OUTPUTS")
}

// UnpackMAXOUTPUTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37fa44be.
//
// Solidity: function MAX_OUTPUTS() view returns(uint16)
func (inferenceOracle *InferenceOracle) UnpackMAXOUTPUTS(data []byte) (uint16, error) {
	out, err := inferenceOracle.abi.Unpack("MAX_OUTPUTS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXREASONBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cefc404.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REASON_BYTES() view returns(uint256)
func (inferenceOracle *InferenceOracle) PackMAXREASONBYTES() []byte {
	enc, err := inferenceOracle.abi.Pack("MAX_REASON_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREASONBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cefc404.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REASON_BYTES() view returns(uint256)
func (inferenceOracle *InferenceOracle) TryPackMAXREASONBYTES() ([]byte, error) {
	return inferenceOracle.abi.Pack("MAX_REASON_BYTES")
}

// UnpackMAXREASONBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3cefc404.
//
// Solidity: function MAX_REASON_BYTES() view returns(uint256)
func (inferenceOracle *InferenceOracle) UnpackMAXREASONBYTES(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("MAX_REASON_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe01b402d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TTL() view returns(uint32)
func (inferenceOracle *InferenceOracle) PackMAXTTL() []byte {
	enc, err := inferenceOracle.abi.Pack("MAX_TTL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe01b402d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TTL() view returns(uint32)
func (inferenceOracle *InferenceOracle) TryPackMAXTTL() ([]byte, error) {
	return inferenceOracle.abi.Pack("MAX_TTL")
}

// UnpackMAXTTL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe01b402d.
//
// Solidity: function MAX_TTL() view returns(uint32)
func (inferenceOracle *InferenceOracle) UnpackMAXTTL(data []byte) (uint32, error) {
	out, err := inferenceOracle.abi.Unpack("MAX_TTL", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (inferenceOracle *InferenceOracle) PackREGISTRARROLE() []byte {
	enc, err := inferenceOracle.abi.Pack("REGISTRAR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (inferenceOracle *InferenceOracle) TryPackREGISTRARROLE() ([]byte, error) {
	return inferenceOracle.abi.Pack("REGISTRAR_ROLE")
}

// UnpackREGISTRARROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (inferenceOracle *InferenceOracle) UnpackREGISTRARROLE(data []byte) ([32]byte, error) {
	out, err := inferenceOracle.abi.Unpack("REGISTRAR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 requestId) returns()
func (inferenceOracle *InferenceOracle) PackCancel(requestId *big.Int) []byte {
	enc, err := inferenceOracle.abi.Pack("cancel", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 requestId) returns()
func (inferenceOracle *InferenceOracle) TryPackCancel(requestId *big.Int) ([]byte, error) {
	return inferenceOracle.abi.Pack("cancel", requestId)
}

// PackFulfil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac2baa9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfil(uint256 requestId, int256[] outputs, bytes proof) returns()
func (inferenceOracle *InferenceOracle) PackFulfil(requestId *big.Int, outputs []*big.Int, proof []byte) []byte {
	enc, err := inferenceOracle.abi.Pack("fulfil", requestId, outputs, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac2baa9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfil(uint256 requestId, int256[] outputs, bytes proof) returns()
func (inferenceOracle *InferenceOracle) TryPackFulfil(requestId *big.Int, outputs []*big.Int, proof []byte) ([]byte, error) {
	return inferenceOracle.abi.Pack("fulfil", requestId, outputs, proof)
}

// PackGetRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58343ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint96,address,uint32,uint32,uint8,address,bytes32,uint256))
func (inferenceOracle *InferenceOracle) PackGetRequest(requestId *big.Int) []byte {
	enc, err := inferenceOracle.abi.Pack("getRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58343ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint96,address,uint32,uint32,uint8,address,bytes32,uint256))
func (inferenceOracle *InferenceOracle) TryPackGetRequest(requestId *big.Int) ([]byte, error) {
	return inferenceOracle.abi.Pack("getRequest", requestId)
}

// UnpackGetRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc58343ef.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,uint96,address,uint32,uint32,uint8,address,bytes32,uint256))
func (inferenceOracle *InferenceOracle) UnpackGetRequest(data []byte) (InferenceRequest, error) {
	out, err := inferenceOracle.abi.Unpack("getRequest", data)
	if err != nil {
		return *new(InferenceRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(InferenceRequest)).(*InferenceRequest)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (inferenceOracle *InferenceOracle) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := inferenceOracle.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (inferenceOracle *InferenceOracle) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return inferenceOracle.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (inferenceOracle *InferenceOracle) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := inferenceOracle.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (inferenceOracle *InferenceOracle) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := inferenceOracle.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (inferenceOracle *InferenceOracle) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return inferenceOracle.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (inferenceOracle *InferenceOracle) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := inferenceOracle.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (inferenceOracle *InferenceOracle) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return inferenceOracle.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (inferenceOracle *InferenceOracle) UnpackHasRole(data []byte) (bool, error) {
	out, err := inferenceOracle.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee19e84b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function model(bytes32 modelId) view returns((address,uint16,bool,bytes4,address))
func (inferenceOracle *InferenceOracle) PackModel(modelId [32]byte) []byte {
	enc, err := inferenceOracle.abi.Pack("model", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee19e84b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function model(bytes32 modelId) view returns((address,uint16,bool,bytes4,address))
func (inferenceOracle *InferenceOracle) TryPackModel(modelId [32]byte) ([]byte, error) {
	return inferenceOracle.abi.Pack("model", modelId)
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee19e84b.
//
// Solidity: function model(bytes32 modelId) view returns((address,uint16,bool,bytes4,address))
func (inferenceOracle *InferenceOracle) UnpackModel(data []byte) (OracleModel, error) {
	out, err := inferenceOracle.abi.Unpack("model", data)
	if err != nil {
		return *new(OracleModel), err
	}
	out0 := *abi.ConvertType(out[0], new(OracleModel)).(*OracleModel)
	return out0, nil
}

// PackPublicInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ae84f5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputs(uint256 requestId, address prover, int256[] outputs) view returns(uint256[])
func (inferenceOracle *InferenceOracle) PackPublicInputs(requestId *big.Int, prover common.Address, outputs []*big.Int) []byte {
	enc, err := inferenceOracle.abi.Pack("publicInputs", requestId, prover, outputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ae84f5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicInputs(uint256 requestId, address prover, int256[] outputs) view returns(uint256[])
func (inferenceOracle *InferenceOracle) TryPackPublicInputs(requestId *big.Int, prover common.Address, outputs []*big.Int) ([]byte, error) {
	return inferenceOracle.abi.Pack("publicInputs", requestId, prover, outputs)
}

// UnpackPublicInputs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ae84f5a.
//
// Solidity: function publicInputs(uint256 requestId, address prover, int256[] outputs) view returns(uint256[])
func (inferenceOracle *InferenceOracle) UnpackPublicInputs(data []byte) ([]*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("publicInputs", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52ccef2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerModel(bytes32 modelId, address verifier, uint16 numOutputs, address owner) returns()
func (inferenceOracle *InferenceOracle) PackRegisterModel(modelId [32]byte, verifier common.Address, numOutputs uint16, owner common.Address) []byte {
	enc, err := inferenceOracle.abi.Pack("registerModel", modelId, verifier, numOutputs, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52ccef2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerModel(bytes32 modelId, address verifier, uint16 numOutputs, address owner) returns()
func (inferenceOracle *InferenceOracle) TryPackRegisterModel(modelId [32]byte, verifier common.Address, numOutputs uint16, owner common.Address) ([]byte, error) {
	return inferenceOracle.abi.Pack("registerModel", modelId, verifier, numOutputs, owner)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (inferenceOracle *InferenceOracle) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := inferenceOracle.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (inferenceOracle *InferenceOracle) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return inferenceOracle.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5efd1ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request((bytes32,uint256,uint96,address,uint32,address,uint32) p) returns(uint256 requestId, uint256 nonce)
func (inferenceOracle *InferenceOracle) PackRequest(p InferenceParams) []byte {
	enc, err := inferenceOracle.abi.Pack("request", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5efd1ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request((bytes32,uint256,uint96,address,uint32,address,uint32) p) returns(uint256 requestId, uint256 nonce)
func (inferenceOracle *InferenceOracle) TryPackRequest(p InferenceParams) ([]byte, error) {
	return inferenceOracle.abi.Pack("request", p)
}

// RequestOutput serves as a container for the return parameters of contract
// method Request.
type RequestOutput struct {
	RequestId *big.Int
	Nonce     *big.Int
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5efd1ad.
//
// Solidity: function request((bytes32,uint256,uint96,address,uint32,address,uint32) p) returns(uint256 requestId, uint256 nonce)
func (inferenceOracle *InferenceOracle) UnpackRequest(data []byte) (RequestOutput, error) {
	out, err := inferenceOracle.abi.Unpack("request", data)
	outstruct := new(RequestOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RequestId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Nonce = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCount() view returns(uint256)
func (inferenceOracle *InferenceOracle) PackRequestCount() []byte {
	enc, err := inferenceOracle.abi.Pack("requestCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCount() view returns(uint256)
func (inferenceOracle *InferenceOracle) TryPackRequestCount() ([]byte, error) {
	return inferenceOracle.abi.Pack("requestCount")
}

// UnpackRequestCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5badbe4c.
//
// Solidity: function requestCount() view returns(uint256)
func (inferenceOracle *InferenceOracle) UnpackRequestCount(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("requestCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2b6b37d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestNonce(uint256 requestId) view returns(uint256)
func (inferenceOracle *InferenceOracle) PackRequestNonce(requestId *big.Int) []byte {
	enc, err := inferenceOracle.abi.Pack("requestNonce", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2b6b37d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestNonce(uint256 requestId) view returns(uint256)
func (inferenceOracle *InferenceOracle) TryPackRequestNonce(requestId *big.Int) ([]byte, error) {
	return inferenceOracle.abi.Pack("requestNonce", requestId)
}

// UnpackRequestNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2b6b37d.
//
// Solidity: function requestNonce(uint256 requestId) view returns(uint256)
func (inferenceOracle *InferenceOracle) UnpackRequestNonce(data []byte) (*big.Int, error) {
	out, err := inferenceOracle.abi.Unpack("requestNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c594059.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function result(uint256 requestId) view returns((address,uint32,bool,int256[]))
func (inferenceOracle *InferenceOracle) PackResult(requestId *big.Int) []byte {
	enc, err := inferenceOracle.abi.Pack("result", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c594059.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function result(uint256 requestId) view returns((address,uint32,bool,int256[]))
func (inferenceOracle *InferenceOracle) TryPackResult(requestId *big.Int) ([]byte, error) {
	return inferenceOracle.abi.Pack("result", requestId)
}

// UnpackResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c594059.
//
// Solidity: function result(uint256 requestId) view returns((address,uint32,bool,int256[]))
func (inferenceOracle *InferenceOracle) UnpackResult(data []byte) (InferenceResult, error) {
	out, err := inferenceOracle.abi.Unpack("result", data)
	if err != nil {
		return *new(InferenceResult), err
	}
	out0 := *abi.ConvertType(out[0], new(InferenceResult)).(*InferenceResult)
	return out0, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (inferenceOracle *InferenceOracle) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := inferenceOracle.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (inferenceOracle *InferenceOracle) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return inferenceOracle.abi.Pack("revokeRole", role, account)
}

// PackSetModelActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcc4781c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setModelActive(bytes32 modelId, bool active) returns()
func (inferenceOracle *InferenceOracle) PackSetModelActive(modelId [32]byte, active bool) []byte {
	enc, err := inferenceOracle.abi.Pack("setModelActive", modelId, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetModelActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcc4781c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setModelActive(bytes32 modelId, bool active) returns()
func (inferenceOracle *InferenceOracle) TryPackSetModelActive(modelId [32]byte, active bool) ([]byte, error) {
	return inferenceOracle.abi.Pack("setModelActive", modelId, active)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (inferenceOracle *InferenceOracle) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := inferenceOracle.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (inferenceOracle *InferenceOracle) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return inferenceOracle.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (inferenceOracle *InferenceOracle) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := inferenceOracle.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (inferenceOracle *InferenceOracle) PackToken() []byte {
	enc, err := inferenceOracle.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (inferenceOracle *InferenceOracle) TryPackToken() ([]byte, error) {
	return inferenceOracle.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (inferenceOracle *InferenceOracle) UnpackToken(data []byte) (common.Address, error) {
	out, err := inferenceOracle.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// InferenceOracleCallbackFailed represents a CallbackFailed event raised by the InferenceOracle contract.
type InferenceOracleCallbackFailed struct {
	RequestId *big.Int
	Callback  common.Address
	Reason    []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const InferenceOracleCallbackFailedEventName = "CallbackFailed"

// ContractEventName returns the user-defined event name.
func (InferenceOracleCallbackFailed) ContractEventName() string {
	return InferenceOracleCallbackFailedEventName
}

// UnpackCallbackFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackFailed(uint256 indexed requestId, address indexed callback, bytes reason)
func (inferenceOracle *InferenceOracle) UnpackCallbackFailedEvent(log *types.Log) (*InferenceOracleCallbackFailed, error) {
	event := "CallbackFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleCallbackFailed)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleInferenceFulfilled represents a InferenceFulfilled event raised by the InferenceOracle contract.
type InferenceOracleInferenceFulfilled struct {
	RequestId  *big.Int
	Miner      common.Address
	Outputs    []*big.Int
	CallbackOk bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const InferenceOracleInferenceFulfilledEventName = "InferenceFulfilled"

// ContractEventName returns the user-defined event name.
func (InferenceOracleInferenceFulfilled) ContractEventName() string {
	return InferenceOracleInferenceFulfilledEventName
}

// UnpackInferenceFulfilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceFulfilled(uint256 indexed requestId, address indexed miner, int256[] outputs, bool callbackOk)
func (inferenceOracle *InferenceOracle) UnpackInferenceFulfilledEvent(log *types.Log) (*InferenceOracleInferenceFulfilled, error) {
	event := "InferenceFulfilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleInferenceFulfilled)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleInferenceRequested represents a InferenceRequested event raised by the InferenceOracle contract.
type InferenceOracleInferenceRequested struct {
	RequestId   *big.Int
	ModelId     [32]byte
	Requester   common.Address
	Nonce       *big.Int
	InputCommit *big.Int
	Fee         *big.Int
	Prover      common.Address
	Callback    common.Address
	Deadline    uint32
	Raw         *types.Log // Blockchain specific contextual infos
}

const InferenceOracleInferenceRequestedEventName = "InferenceRequested"

// ContractEventName returns the user-defined event name.
func (InferenceOracleInferenceRequested) ContractEventName() string {
	return InferenceOracleInferenceRequestedEventName
}

// UnpackInferenceRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceRequested(uint256 indexed requestId, bytes32 indexed modelId, address indexed requester, uint256 nonce, uint256 inputCommit, uint96 fee, address prover, address callback, uint32 deadline)
func (inferenceOracle *InferenceOracle) UnpackInferenceRequestedEvent(log *types.Log) (*InferenceOracleInferenceRequested, error) {
	event := "InferenceRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleInferenceRequested)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleModelActiveSet represents a ModelActiveSet event raised by the InferenceOracle contract.
type InferenceOracleModelActiveSet struct {
	ModelId [32]byte
	Active  bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const InferenceOracleModelActiveSetEventName = "ModelActiveSet"

// ContractEventName returns the user-defined event name.
func (InferenceOracleModelActiveSet) ContractEventName() string {
	return InferenceOracleModelActiveSetEventName
}

// UnpackModelActiveSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelActiveSet(bytes32 indexed modelId, bool active)
func (inferenceOracle *InferenceOracle) UnpackModelActiveSetEvent(log *types.Log) (*InferenceOracleModelActiveSet, error) {
	event := "ModelActiveSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleModelActiveSet)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleModelRegistered represents a ModelRegistered event raised by the InferenceOracle contract.
type InferenceOracleModelRegistered struct {
	ModelId    [32]byte
	Verifier   common.Address
	NumOutputs uint16
	Owner      common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const InferenceOracleModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (InferenceOracleModelRegistered) ContractEventName() string {
	return InferenceOracleModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(bytes32 indexed modelId, address verifier, uint16 numOutputs, address owner)
func (inferenceOracle *InferenceOracle) UnpackModelRegisteredEvent(log *types.Log) (*InferenceOracleModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleModelRegistered)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleRequestCancelled represents a RequestCancelled event raised by the InferenceOracle contract.
type InferenceOracleRequestCancelled struct {
	RequestId *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const InferenceOracleRequestCancelledEventName = "RequestCancelled"

// ContractEventName returns the user-defined event name.
func (InferenceOracleRequestCancelled) ContractEventName() string {
	return InferenceOracleRequestCancelledEventName
}

// UnpackRequestCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestCancelled(uint256 indexed requestId)
func (inferenceOracle *InferenceOracle) UnpackRequestCancelledEvent(log *types.Log) (*InferenceOracleRequestCancelled, error) {
	event := "RequestCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleRequestCancelled)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleRoleAdminChanged represents a RoleAdminChanged event raised by the InferenceOracle contract.
type InferenceOracleRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const InferenceOracleRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (InferenceOracleRoleAdminChanged) ContractEventName() string {
	return InferenceOracleRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (inferenceOracle *InferenceOracle) UnpackRoleAdminChangedEvent(log *types.Log) (*InferenceOracleRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleRoleGranted represents a RoleGranted event raised by the InferenceOracle contract.
type InferenceOracleRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const InferenceOracleRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (InferenceOracleRoleGranted) ContractEventName() string {
	return InferenceOracleRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (inferenceOracle *InferenceOracle) UnpackRoleGrantedEvent(log *types.Log) (*InferenceOracleRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleRoleGranted)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InferenceOracleRoleRevoked represents a RoleRevoked event raised by the InferenceOracle contract.
type InferenceOracleRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const InferenceOracleRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (InferenceOracleRoleRevoked) ContractEventName() string {
	return InferenceOracleRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (inferenceOracle *InferenceOracle) UnpackRoleRevokedEvent(log *types.Log) (*InferenceOracleRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inferenceOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InferenceOracleRoleRevoked)
	if len(log.Data) > 0 {
		if err := inferenceOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inferenceOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (inferenceOracle *InferenceOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["InsufficientGas"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["InvalidOutputCount"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackInvalidOutputCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["InvalidRequest"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackInvalidRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["InvalidVerifier"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackInvalidVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["ModelExists"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackModelExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["ModelInactive"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackModelInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["NotExpired"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["NotInField"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["NotModelOwner"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackNotModelOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["OutputOutOfRange"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackOutputOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["ProofRejected"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackProofRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["RequestExpired"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackRequestExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["UnknownModel"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackUnknownModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], inferenceOracle.abi.Errors["WrongProver"].ID.Bytes()[:4]) {
		return inferenceOracle.UnpackWrongProverError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// InferenceOracleAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the InferenceOracle contract.
type InferenceOracleAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func InferenceOracleAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (inferenceOracle *InferenceOracle) UnpackAccessControlBadConfirmationError(raw []byte) (*InferenceOracleAccessControlBadConfirmation, error) {
	out := new(InferenceOracleAccessControlBadConfirmation)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the InferenceOracle contract.
type InferenceOracleAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func InferenceOracleAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (inferenceOracle *InferenceOracle) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*InferenceOracleAccessControlUnauthorizedAccount, error) {
	out := new(InferenceOracleAccessControlUnauthorizedAccount)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleInsufficientGas represents a InsufficientGas error raised by the InferenceOracle contract.
type InferenceOracleInsufficientGas struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGas(uint256 have, uint256 want)
func InferenceOracleInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0x23e228cb30ba888d86279f51c27a6690ec0fe016ea074bbd6332de5b2571f9b3")
}

// UnpackInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGas(uint256 have, uint256 want)
func (inferenceOracle *InferenceOracle) UnpackInsufficientGasError(raw []byte) (*InferenceOracleInsufficientGas, error) {
	out := new(InferenceOracleInsufficientGas)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "InsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleInvalidOutputCount represents a InvalidOutputCount error raised by the InferenceOracle contract.
type InferenceOracleInvalidOutputCount struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOutputCount(uint256 got, uint256 want)
func InferenceOracleInvalidOutputCountErrorID() common.Hash {
	return common.HexToHash("0xc4ddeddbe74575b0b91a85ad7b391ca91e003436590b3cd50b902d9de293b618")
}

// UnpackInvalidOutputCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOutputCount(uint256 got, uint256 want)
func (inferenceOracle *InferenceOracle) UnpackInvalidOutputCountError(raw []byte) (*InferenceOracleInvalidOutputCount, error) {
	out := new(InferenceOracleInvalidOutputCount)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "InvalidOutputCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleInvalidRequest represents a InvalidRequest error raised by the InferenceOracle contract.
type InferenceOracleInvalidRequest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRequest()
func InferenceOracleInvalidRequestErrorID() common.Hash {
	return common.HexToHash("0x41abc801f6a855c0688b235b52f8ccd8ca8f11c80e9742366ea28d37ccdd5ca2")
}

// UnpackInvalidRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRequest()
func (inferenceOracle *InferenceOracle) UnpackInvalidRequestError(raw []byte) (*InferenceOracleInvalidRequest, error) {
	out := new(InferenceOracleInvalidRequest)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "InvalidRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleInvalidVerifier represents a InvalidVerifier error raised by the InferenceOracle contract.
type InferenceOracleInvalidVerifier struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidVerifier(address verifier)
func InferenceOracleInvalidVerifierErrorID() common.Hash {
	return common.HexToHash("0x44c6515e8433d6940652f7733e06b044dde89e0e95e427585f671ad8a2984ea7")
}

// UnpackInvalidVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidVerifier(address verifier)
func (inferenceOracle *InferenceOracle) UnpackInvalidVerifierError(raw []byte) (*InferenceOracleInvalidVerifier, error) {
	out := new(InferenceOracleInvalidVerifier)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "InvalidVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleModelExists represents a ModelExists error raised by the InferenceOracle contract.
type InferenceOracleModelExists struct {
	ModelId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelExists(bytes32 modelId)
func InferenceOracleModelExistsErrorID() common.Hash {
	return common.HexToHash("0x2486e84c052de9ee5713d71255d16e161b570742e58700609fd2c741335e69a6")
}

// UnpackModelExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelExists(bytes32 modelId)
func (inferenceOracle *InferenceOracle) UnpackModelExistsError(raw []byte) (*InferenceOracleModelExists, error) {
	out := new(InferenceOracleModelExists)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "ModelExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleModelInactive represents a ModelInactive error raised by the InferenceOracle contract.
type InferenceOracleModelInactive struct {
	ModelId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelInactive(bytes32 modelId)
func InferenceOracleModelInactiveErrorID() common.Hash {
	return common.HexToHash("0xe89d2b0543b04bdfa682822eabf6c9f0c6754f8a4522993e2bd2e2fbde9b9970")
}

// UnpackModelInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelInactive(bytes32 modelId)
func (inferenceOracle *InferenceOracle) UnpackModelInactiveError(raw []byte) (*InferenceOracleModelInactive, error) {
	out := new(InferenceOracleModelInactive)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "ModelInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleNotExpired represents a NotExpired error raised by the InferenceOracle contract.
type InferenceOracleNotExpired struct {
	RequestId *big.Int
	Deadline  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExpired(uint256 requestId, uint32 deadline)
func InferenceOracleNotExpiredErrorID() common.Hash {
	return common.HexToHash("0xe705ef3d131b650cc0fceeb51318a0a4e16a28e2afe7fc6fdd8c27a1c2f71e80")
}

// UnpackNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExpired(uint256 requestId, uint32 deadline)
func (inferenceOracle *InferenceOracle) UnpackNotExpiredError(raw []byte) (*InferenceOracleNotExpired, error) {
	out := new(InferenceOracleNotExpired)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "NotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleNotInField represents a NotInField error raised by the InferenceOracle contract.
type InferenceOracleNotInField struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInField(uint256 value)
func InferenceOracleNotInFieldErrorID() common.Hash {
	return common.HexToHash("0x81452424a5ecc8f087db8603e93ef219e8a1d59f781e33573a10d2a59fa29a1f")
}

// UnpackNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInField(uint256 value)
func (inferenceOracle *InferenceOracle) UnpackNotInFieldError(raw []byte) (*InferenceOracleNotInField, error) {
	out := new(InferenceOracleNotInField)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "NotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleNotModelOwner represents a NotModelOwner error raised by the InferenceOracle contract.
type InferenceOracleNotModelOwner struct {
	ModelId [32]byte
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotModelOwner(bytes32 modelId, address caller)
func InferenceOracleNotModelOwnerErrorID() common.Hash {
	return common.HexToHash("0xc0d87d6b109805e88b4c48a5b1eb97063d4bf7b08ff6a7c1dd78408e1976673a")
}

// UnpackNotModelOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotModelOwner(bytes32 modelId, address caller)
func (inferenceOracle *InferenceOracle) UnpackNotModelOwnerError(raw []byte) (*InferenceOracleNotModelOwner, error) {
	out := new(InferenceOracleNotModelOwner)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "NotModelOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleNotPending represents a NotPending error raised by the InferenceOracle contract.
type InferenceOracleNotPending struct {
	RequestId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 requestId, uint8 status)
func InferenceOracleNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 requestId, uint8 status)
func (inferenceOracle *InferenceOracle) UnpackNotPendingError(raw []byte) (*InferenceOracleNotPending, error) {
	out := new(InferenceOracleNotPending)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleNotRequester represents a NotRequester error raised by the InferenceOracle contract.
type InferenceOracleNotRequester struct {
	RequestId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(uint256 requestId, address caller)
func InferenceOracleNotRequesterErrorID() common.Hash {
	return common.HexToHash("0x58ea1a27407401864a918fa847903579fcf7f4b36fc5216ff0e5f1c572fd9ffa")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(uint256 requestId, address caller)
func (inferenceOracle *InferenceOracle) UnpackNotRequesterError(raw []byte) (*InferenceOracleNotRequester, error) {
	out := new(InferenceOracleNotRequester)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleOutputOutOfRange represents a OutputOutOfRange error raised by the InferenceOracle contract.
type InferenceOracleOutputOutOfRange struct {
	Index *big.Int
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputOutOfRange(uint256 index, int256 value)
func InferenceOracleOutputOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x84821f27cd126bb379bc75202904c8953990e571512b69eaf1c87f09cf0c6b18")
}

// UnpackOutputOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputOutOfRange(uint256 index, int256 value)
func (inferenceOracle *InferenceOracle) UnpackOutputOutOfRangeError(raw []byte) (*InferenceOracleOutputOutOfRange, error) {
	out := new(InferenceOracleOutputOutOfRange)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "OutputOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleProofRejected represents a ProofRejected error raised by the InferenceOracle contract.
type InferenceOracleProofRejected struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofRejected(uint256 requestId)
func InferenceOracleProofRejectedErrorID() common.Hash {
	return common.HexToHash("0xc4abe6c685219dade23ca08ea316ea9c38314a8dee5bf0b11af51d4a7b88dd44")
}

// UnpackProofRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofRejected(uint256 requestId)
func (inferenceOracle *InferenceOracle) UnpackProofRejectedError(raw []byte) (*InferenceOracleProofRejected, error) {
	out := new(InferenceOracleProofRejected)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "ProofRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the InferenceOracle contract.
type InferenceOracleReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func InferenceOracleReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (inferenceOracle *InferenceOracle) UnpackReentrancyGuardReentrantCallError(raw []byte) (*InferenceOracleReentrancyGuardReentrantCall, error) {
	out := new(InferenceOracleReentrancyGuardReentrantCall)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleRequestExpired represents a RequestExpired error raised by the InferenceOracle contract.
type InferenceOracleRequestExpired struct {
	RequestId *big.Int
	Deadline  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestExpired(uint256 requestId, uint32 deadline)
func InferenceOracleRequestExpiredErrorID() common.Hash {
	return common.HexToHash("0x3981f9ba02bbc0b887841176db525edf7ed197ffcc6cc780640791ba2092ce83")
}

// UnpackRequestExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestExpired(uint256 requestId, uint32 deadline)
func (inferenceOracle *InferenceOracle) UnpackRequestExpiredError(raw []byte) (*InferenceOracleRequestExpired, error) {
	out := new(InferenceOracleRequestExpired)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "RequestExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the InferenceOracle contract.
type InferenceOracleSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func InferenceOracleSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (inferenceOracle *InferenceOracle) UnpackSafeERC20FailedOperationError(raw []byte) (*InferenceOracleSafeERC20FailedOperation, error) {
	out := new(InferenceOracleSafeERC20FailedOperation)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleUnknownModel represents a UnknownModel error raised by the InferenceOracle contract.
type InferenceOracleUnknownModel struct {
	ModelId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownModel(bytes32 modelId)
func InferenceOracleUnknownModelErrorID() common.Hash {
	return common.HexToHash("0xa2dc0625b3fe9caa2cc8653c3bb80baa7333672dfd886a80b6343d529b2daa98")
}

// UnpackUnknownModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownModel(bytes32 modelId)
func (inferenceOracle *InferenceOracle) UnpackUnknownModelError(raw []byte) (*InferenceOracleUnknownModel, error) {
	out := new(InferenceOracleUnknownModel)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "UnknownModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleUnknownRequest represents a UnknownRequest error raised by the InferenceOracle contract.
type InferenceOracleUnknownRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest(uint256 requestId)
func InferenceOracleUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x1f79bbe7615659139997ff125b66c4ba38cac7dfa6b433c10ed50c7d053634ff")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest(uint256 requestId)
func (inferenceOracle *InferenceOracle) UnpackUnknownRequestError(raw []byte) (*InferenceOracleUnknownRequest, error) {
	out := new(InferenceOracleUnknownRequest)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InferenceOracleWrongProver represents a WrongProver error raised by the InferenceOracle contract.
type InferenceOracleWrongProver struct {
	RequestId *big.Int
	Want      common.Address
	Got       common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongProver(uint256 requestId, address want, address got)
func InferenceOracleWrongProverErrorID() common.Hash {
	return common.HexToHash("0xb3130847e19a850db4884911c86146b2994d4e49fc3df2f97fa60df67b38cb56")
}

// UnpackWrongProverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongProver(uint256 requestId, address want, address got)
func (inferenceOracle *InferenceOracle) UnpackWrongProverError(raw []byte) (*InferenceOracleWrongProver, error) {
	out := new(InferenceOracleWrongProver)
	if err := inferenceOracle.abi.UnpackIntoInterface(out, "WrongProver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LowestPriceMetaData contains all meta data concerning the LowestPrice contract.
var LowestPriceMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"rate\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"hours_\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"reputation\",\"type\":\"uint16\"}],\"internalType\":\"structCandidate[]\",\"name\":\"candidates\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"maxNodes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spendLimit\",\"type\":\"uint256\"}],\"name\":\"select\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"mask\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "d5dbdd03c9682e7d7d7ab45170ec2d4aba",
	Bin: "0x6080604052348015600e575f5ffd5b506105788061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c806306fdde03146100385780639322ae4e1461006f575b5f5ffd5b604080518082018252600c81526b6c6f776573742d707269636560a01b60208201529051610066919061039a565b60405180910390f35b61008261007d3660046103cf565b610090565b604051908152602001610066565b5f83818167ffffffffffffffff8111156100ac576100ac61044c565b6040519080825280602002602001820160405280156100d5578160200160208202803683370190505b5090505f8267ffffffffffffffff8111156100f2576100f261044c565b60405190808252806020026020018201604052801561011b578160200160208202803683370190505b5090505f5b8381101561025c575f6101498a8a8481811061013e5761013e610460565b90506080020161035a565b9050815b5f8111801561017e57508184610164600184610488565b8151811061017457610174610460565b6020026020010151115b15610215578361018f600183610488565b8151811061019f5761019f610460565b60200260200101518482815181106101b9576101b9610460565b6020908102919091010152846101d0600183610488565b815181106101e0576101e0610460565b60200260200101518582815181106101fa576101fa610460565b602090810291909101015261020e8161049b565b905061014d565b8184828151811061022857610228610460565b6020026020010181815250508285828151811061024757610247610460565b60209081029190910101525050600101610120565b505f80805b858110801561026f57508882105b1561034c57368b8b87848151811061028957610289610460565b60200260200101518181106102a0576102a0610460565b90506080020190505f8160400160208101906102bc91906104b0565b63ffffffff166102d260408401602085016104da565b6001600160601b03166102e59190610500565b9050896102f28287610517565b11156102ff57505061033c565b6103098186610517565b945086838151811061031d5761031d610460565b60200260200101516001901b89179850836103379061052a565b935050505b6103458161052a565b9050610261565b505050505050949350505050565b5f61036b60608301604084016104b0565b63ffffffff1661038160408401602085016104da565b6001600160601b03166103949190610500565b92915050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f5f606085870312156103e2575f5ffd5b843567ffffffffffffffff8111156103f8575f5ffd5b8501601f81018713610408575f5ffd5b803567ffffffffffffffff81111561041e575f5ffd5b8760208260071b8401011115610432575f5ffd5b602091820198909750908601359560400135945092505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8181038181111561039457610394610474565b5f816104a9576104a9610474565b505f190190565b5f602082840312156104c0575f5ffd5b813563ffffffff811681146104d3575f5ffd5b9392505050565b5f602082840312156104ea575f5ffd5b81356001600160601b03811681146104d3575f5ffd5b808202811582820484141761039457610394610474565b8082018082111561039457610394610474565b5f6001820161053b5761053b610474565b506001019056fea2646970667358221220ea28cbf79df1c6b968788ae46dc378606f3306e5794579bd2e5bc6493aef18ab64736f6c63430008250033",
}

// LowestPrice is an auto generated Go binding around an Ethereum contract.
type LowestPrice struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LowestPrice) GetABI() abi.ABI {
	return c.abi
}

// NewLowestPrice creates a new instance of LowestPrice.
func NewLowestPrice() *LowestPrice {
	parsed, err := LowestPriceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LowestPrice{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LowestPrice) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() pure returns(string)
func (lowestPrice *LowestPrice) PackName() []byte {
	enc, err := lowestPrice.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() pure returns(string)
func (lowestPrice *LowestPrice) TryPackName() ([]byte, error) {
	return lowestPrice.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (lowestPrice *LowestPrice) UnpackName(data []byte) (string, error) {
	out, err := lowestPrice.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSelect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9322ae4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function select((address,uint96,uint32,uint16)[] candidates, uint256 maxNodes, uint256 spendLimit) pure returns(uint256 mask)
func (lowestPrice *LowestPrice) PackSelect(candidates []Candidate, maxNodes *big.Int, spendLimit *big.Int) []byte {
	enc, err := lowestPrice.abi.Pack("select", candidates, maxNodes, spendLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSelect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9322ae4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function select((address,uint96,uint32,uint16)[] candidates, uint256 maxNodes, uint256 spendLimit) pure returns(uint256 mask)
func (lowestPrice *LowestPrice) TryPackSelect(candidates []Candidate, maxNodes *big.Int, spendLimit *big.Int) ([]byte, error) {
	return lowestPrice.abi.Pack("select", candidates, maxNodes, spendLimit)
}

// UnpackSelect is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9322ae4e.
//
// Solidity: function select((address,uint96,uint32,uint16)[] candidates, uint256 maxNodes, uint256 spendLimit) pure returns(uint256 mask)
func (lowestPrice *LowestPrice) UnpackSelect(data []byte) (*big.Int, error) {
	out, err := lowestPrice.abi.Unpack("select", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// MarketSettlementMetaData contains all meta data concerning the MarketSettlement contract.
var MarketSettlementMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"DisputeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"enumTaskMarket.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Paid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paidTotal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ValidatorPaid\",\"type\":\"event\"}]",
	ID:  "ddcdbf03b15091762aa0bf2642276c14a9",
	Bin: "0x6111b2610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040526004361061004a575f3560e01c80632f92ebe91461004e5780634e76473e1461007a5780638e6e3e5d1461009b575b5f5ffd5b61006161005c366004610eca565b6100ba565b60405163ffffffff909116815260200160405180910390f35b818015610085575f5ffd5b50610099610094366004610f0a565b6103cf565b005b8180156100a6575f5ffd5b506100996100b5366004610f44565b6103e1565b5f5f8267ffffffffffffffff8111156100d5576100d5610f92565b6040519080825280602002602001820160405280156100fe578160200160208202803683370190505b5090505f8367ffffffffffffffff81111561011b5761011b610f92565b604051908082528060200260200182016040528015610144578160200160208202803683370190505b5090505f805b85811015610320575f8781526005890160209081526040808320848452825291829020825160608101845290546001600160a01b0381168252600160a01b810463ffffffff1692820192909252600160c01b90910467ffffffffffffffff1691810191909152815b5f811180156101f35750602082015163ffffffff16866101d3600184610fba565b815181106101e3576101e3610fcd565b602002602001015163ffffffff16115b156102a25785610204600183610fba565b8151811061021457610214610fcd565b602002602001015186828151811061022e5761022e610fcd565b63ffffffff909216602092830291909101909101528461024f600183610fba565b8151811061025f5761025f610fcd565b602002602001015185828151811061027957610279610fcd565b67ffffffffffffffff9092166020928302919091019091015261029b81610fe1565b90506101b2565b81602001518682815181106102b9576102b9610fcd565b602002602001019063ffffffff16908163ffffffff168152505081604001518582815181106102ea576102ea610fcd565b67ffffffffffffffff92831660209182029290920101526040830151610311911685610ff6565b9350505080600101905061014a565b505f805b8681101561039c5783818151811061033e5761033e610fcd565b602002602001015167ffffffffffffffff168261035b9190610ff6565b915082610369836002611009565b106103945784818151811061038057610380610fcd565b6020026020010151955050505050506103c8565b600101610324565b50836103a9600188610fba565b815181106103b9576103b9610fcd565b60200260200101519450505050505b9392505050565b6103db84848484610673565b50505050565b5f818152602086815260408083206001808a01909352908320918101549092600160e01b90910460ff1690600382600881111561042057610420611020565b03610456576003840154835461044f9163ffffffff600160b01b90910481169165010000000000900416610ff6565b90506104ed565b600482600881111561046a5761046a611020565b03610497576003840154835461044f9163ffffffff600160b01b909104811691600160681b900416610ff6565b5f8260088111156104aa576104aa611020565b036104d057604051634899e04360e01b8152600481018690526024015b60405180910390fd5b848260405163a5d15e1f60e01b81526004016104c7929190611034565b80421015610511576040516360f1afcd60e01b8152600481018290526024016104c7565b60018401805460ff60e01b1916600560e01b17905560028401548354600160601b90910463ffffffff908116600160481b9092041610155f8061056c8c8c8c8b878061055d575f610948565b6105678d8d6108ac565b610948565b915091505f61057e8d8d8c8c87610ac8565b8854909150600160a01b90046001600160601b03168061059e8385610ff6565b11156105ac576105ac611064565b5f826105b88584610fba565b6105c29190610fba565b89546bffffffffffffffffffffffff60901b1916600160901b6001600160601b03871602178a559050801561061f5789546001600160a01b03165f90815260208f9052604081208054839290610619908490610ff6565b90915550505b60408051858152602081018590529081018290528b907f0b1b726e13f2f3116f3d0f0f2e86c7fc356cab4798317eb8debd2b58ef1d68a49060600160405180910390a2505050505050505050505050505050565b5f8281526001850160209081526040808320600481015492889052908320600201549119939093169291600160f01b90910460ff16908167ffffffffffffffff8111156106c2576106c2610f92565b6040519080825280602002602001820160405280156106eb578160200160208202803683370190505b5090505f8267ffffffffffffffff81111561070857610708610f92565b604051908082528060200260200182016040528015610731578160200160208202803683370190505b506002850154909150600160601b90046001600160601b03165f805b87811c1561083e576001811b88161561082e575f89815260028c016020908152604080832084845290915290205485516001600160a01b0390911690819087908590811061079d5761079d610fcd565b6001600160a01b039283166020918202929092018101919091525f8c815260038f018252604080822093851682529290915220546107ef9067010000000000000090046001600160601b031685611078565b85846107fa81611097565b95508151811061080c5761080c610fcd565b60200260200101906001600160601b031690816001600160601b031681525050505b61083781611097565b905061074d565b50808452808352604051637094cd9f60e01b81526001600160a01b038a1690637094cd9f9061087390879087906004016110af565b5f604051808303815f87803b15801561088a575f5ffd5b505af115801561089c573d5f5f3e3d5ffd5b5050505050505050505050505050565b6002820154600160d81b900461ffff165f8190036108cb57505f610942565b6002820154600383015484546001600160601b03928316925f928116916108fb918591600160a01b900416610fba565b6109059190610fba565b9050806127106109158585611009565b61091f9190611141565b111561093f578161093282612710611009565b61093c9190611141565b92505b50505b92915050565b5f838152600187810160209081526040808420600481015493810154928b90529084206003015484939192911990911690600160d81b900461ffff16835b82811c15610aad576001811b831615610a9d575f89815260028d01602090815260408083208484529091528120546001600160a01b0316906109cb8e8c858588610b85565b9050805f036109db575050610a9d565b6109e58189610ff6565b9750896109f3575050610a9d565b5f612710610a018b84611009565b610a0b9190611141565b610a159083610ff6565b9050610a218189610ff6565b9750808e5f856001600160a01b03166001600160a01b031681526020019081526020015f205f828254610a549190610ff6565b90915550506040518181526001600160a01b038416908d907f4f2d18324ee95128de091ed2adc501295479000ce4c2cec607aeb1b67e189e2f9060200160405180910390a35050505b610aa681611097565b9050610986565b50610aba8b8a8a85610673565b505050965096945050505050565b5f828152602086905260408120600381015461271090610af390600160a01b900461ffff1685611009565b610afd9190611141565b91505f610b3a88888761271086600301601d9054906101000a900461ffff1661ffff1688610b2b9190611009565b610b359190611141565b610c51565b9050808314610b7a57610b4d8184610fba565b6001600160a01b0387165f9081526020899052604081208054909190610b74908490610ff6565b90915550505b505095945050505050565b5f80610b95600f86166010611009565b5f878152600689016020908152604080832060048a901c845290915281205490911c61ffff169150819003610bcd575f915050610c48565b5f86815260038801602090815260408083206001600160a01b038816845282528083205489845260028b0183528184208985529092529091205484918391610c3091610100900463ffffffff1690600160a01b90046001600160601b0316611009565b610c3a9190611009565b610c449190611141565b9150505b95945050505050565b5f815f03610c6057505f610ec2565b5f83815260018601602052604081208054909160ff821691600160481b900463ffffffff16908267ffffffffffffffff811115610c9f57610c9f610f92565b604051908082528060200260200182016040528015610ce857816020015b604080516060810182525f80825260208083018290529282015282525f19909201910181610cbd5790505b5090505f805b84811015610dc6575f89815260058c01602090815260408083208484528252808320815160608101835290546001600160a01b0381168252600160a01b810463ffffffff908116948301859052600160c01b90910467ffffffffffffffff1692820192909252929190871610610d72576020820151610d6d9087611160565b610d82565b858260200151610d829190611160565b9050606463ffffffff821611610dbc57818585610d9e81611097565b965081518110610db057610db0610fcd565b60200260200101819052505b5050600101610cee565b50805f03610ddb575f95505050505050610ec2565b5f610de68289611141565b90505f5b82811015610eae57818b5f868481518110610e0757610e07610fcd565b60200260200101515f01516001600160a01b03166001600160a01b031681526020019081526020015f205f828254610e3f9190610ff6565b92505081905550838181518110610e5857610e58610fcd565b60200260200101515f01516001600160a01b03168a7fd42ed48dd70eb72243f0d4319227e2f50830abef60f4b16081786cd18b36d4c584604051610e9e91815260200190565b60405180910390a3600101610dea565b50610eb98282611009565b96505050505050505b949350505050565b5f5f5f60608486031215610edc575f5ffd5b505081359360208301359350604090920135919050565b6001600160a01b0381168114610f07575f5ffd5b50565b5f5f5f5f60808587031215610f1d575f5ffd5b843593506020850135610f2f81610ef3565b93969395505050506040820135916060013590565b5f5f5f5f5f60a08688031215610f58575f5ffd5b85359450602086013593506040860135610f7181610ef3565b92506060860135610f8181610ef3565b949793965091946080013592915050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8181038181111561094257610942610fa6565b634e487b7160e01b5f52603260045260245ffd5b5f81610fef57610fef610fa6565b505f190190565b8082018082111561094257610942610fa6565b808202811582820484141761094257610942610fa6565b634e487b7160e01b5f52602160045260245ffd5b828152604081016009831061105757634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b634e487b7160e01b5f52600160045260245ffd5b6001600160601b03818116838216019081111561094257610942610fa6565b5f600182016110a8576110a8610fa6565b5060010190565b604080825283519082018190525f9060208501906060840190835b818110156110f15783516001600160a01b03168352602093840193909201916001016110ca565b5050838103602080860191909152855180835291810192508501905f5b818110156111355782516001600160601b031684526020938401939092019160010161110e565b50919695505050505050565b5f8261115b57634e487b7160e01b5f52601260045260245ffd5b500490565b63ffffffff828116828216039081111561094257610942610fa656fea2646970667358221220d3caf2dc5c9d4c446c53cf7c51ffa8a15ab54f10842998fff46bb719a9c034b464736f6c63430008250033",
}

// MarketSettlement is an auto generated Go binding around an Ethereum contract.
type MarketSettlement struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MarketSettlement) GetABI() abi.ABI {
	return c.abi
}

// NewMarketSettlement creates a new instance of MarketSettlement.
func NewMarketSettlement() *MarketSettlement {
	parsed, err := MarketSettlementMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MarketSettlement{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MarketSettlement) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// MarketSettlementPaid represents a Paid event raised by the MarketSettlement contract.
type MarketSettlementPaid struct {
	TaskId *big.Int
	Node   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketSettlementPaidEventName = "Paid"

// ContractEventName returns the user-defined event name.
func (MarketSettlementPaid) ContractEventName() string {
	return MarketSettlementPaidEventName
}

// UnpackPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paid(uint256 indexed taskId, address indexed node, uint256 amount)
func (marketSettlement *MarketSettlement) UnpackPaidEvent(log *types.Log) (*MarketSettlementPaid, error) {
	event := "Paid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketSettlementPaid)
	if len(log.Data) > 0 {
		if err := marketSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketSettlementTaskSettled represents a TaskSettled event raised by the MarketSettlement contract.
type MarketSettlementTaskSettled struct {
	TaskId    *big.Int
	PaidTotal *big.Int
	Fee       *big.Int
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketSettlementTaskSettledEventName = "TaskSettled"

// ContractEventName returns the user-defined event name.
func (MarketSettlementTaskSettled) ContractEventName() string {
	return MarketSettlementTaskSettledEventName
}

// UnpackTaskSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskSettled(uint256 indexed taskId, uint256 paidTotal, uint256 fee, uint256 refund)
func (marketSettlement *MarketSettlement) UnpackTaskSettledEvent(log *types.Log) (*MarketSettlementTaskSettled, error) {
	event := "TaskSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketSettlementTaskSettled)
	if len(log.Data) > 0 {
		if err := marketSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketSettlementValidatorPaid represents a ValidatorPaid event raised by the MarketSettlement contract.
type MarketSettlementValidatorPaid struct {
	TaskId    *big.Int
	Validator common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketSettlementValidatorPaidEventName = "ValidatorPaid"

// ContractEventName returns the user-defined event name.
func (MarketSettlementValidatorPaid) ContractEventName() string {
	return MarketSettlementValidatorPaidEventName
}

// UnpackValidatorPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorPaid(uint256 indexed taskId, address indexed validator, uint256 amount)
func (marketSettlement *MarketSettlement) UnpackValidatorPaidEvent(log *types.Log) (*MarketSettlementValidatorPaid, error) {
	event := "ValidatorPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketSettlementValidatorPaid)
	if len(log.Data) > 0 {
		if err := marketSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (marketSettlement *MarketSettlement) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], marketSettlement.abi.Errors["DisputeWindowOpen"].ID.Bytes()[:4]) {
		return marketSettlement.UnpackDisputeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketSettlement.abi.Errors["UnknownTask"].ID.Bytes()[:4]) {
		return marketSettlement.UnpackUnknownTaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketSettlement.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return marketSettlement.UnpackWrongStatusError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarketSettlementDisputeWindowOpen represents a DisputeWindowOpen error raised by the MarketSettlement contract.
type MarketSettlementDisputeWindowOpen struct {
	Until *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowOpen(uint256 until)
func MarketSettlementDisputeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x60f1afcdf25836bee772613ea8be9d3d0c5a8fc7eb9ddf5c37dc3dadd115165f")
}

// UnpackDisputeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowOpen(uint256 until)
func (marketSettlement *MarketSettlement) UnpackDisputeWindowOpenError(raw []byte) (*MarketSettlementDisputeWindowOpen, error) {
	out := new(MarketSettlementDisputeWindowOpen)
	if err := marketSettlement.abi.UnpackIntoInterface(out, "DisputeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSettlementUnknownTask represents a UnknownTask error raised by the MarketSettlement contract.
type MarketSettlementUnknownTask struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTask(uint256 taskId)
func MarketSettlementUnknownTaskErrorID() common.Hash {
	return common.HexToHash("0x4899e043276e272612bdcb119c9ff124ecd3f8936ab50aa3e0752eb89bcdf63d")
}

// UnpackUnknownTaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTask(uint256 taskId)
func (marketSettlement *MarketSettlement) UnpackUnknownTaskError(raw []byte) (*MarketSettlementUnknownTask, error) {
	out := new(MarketSettlementUnknownTask)
	if err := marketSettlement.abi.UnpackIntoInterface(out, "UnknownTask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSettlementWrongStatus represents a WrongStatus error raised by the MarketSettlement contract.
type MarketSettlementWrongStatus struct {
	TaskId *big.Int
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(uint256 taskId, uint8 status)
func MarketSettlementWrongStatusErrorID() common.Hash {
	return common.HexToHash("0xa5d15e1f94e40302e3f7050760870a95f04eb9d943cd2cb333833178258083d6")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(uint256 taskId, uint8 status)
func (marketSettlement *MarketSettlement) UnpackWrongStatusError(raw []byte) (*MarketSettlementWrongStatus, error) {
	out := new(MarketSettlementWrongStatus)
	if err := marketSettlement.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryMetaData contains all meta data concerning the NodeRegistry contract.
var NodeRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"unbondingDelay_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"have\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"DelayTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"have\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"min\",\"type\":\"uint32\"}],\"name\":\"DelayTooShort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyEndpoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"}],\"name\":\"InvalidRoles\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NodeFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingUnbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"reputation\",\"type\":\"uint16\"}],\"name\":\"ReputationOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"releaseAt\",\"type\":\"uint256\"}],\"name\":\"StillBonded\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"BondSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalBonded\",\"type\":\"uint256\"}],\"name\":\"Bonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"MinStakeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"hourlyRate\",\"type\":\"uint96\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"cpuCores\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"memoryMB\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"gpuCount\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"hourlyRate\",\"type\":\"uint96\"}],\"name\":\"ProfileUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"reputation\",\"type\":\"uint16\"}],\"name\":\"ReputationSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"releaseAt\",\"type\":\"uint256\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Unbonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"delay\",\"type\":\"uint32\"}],\"name\":\"UnbondingDelaySet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LOCKER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPUTATION\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_UNBONDING_DELAY\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_AUTHORIZER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_COORDINATOR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_MINER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_TRAINER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROLE_VALIDATOR\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SCORER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SLASHER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"list\",\"type\":\"address[]\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"bond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"bondFor\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"reputation\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"cpuCores\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"memoryMB\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"gpuCount\",\"type\":\"uint16\"}],\"internalType\":\"structEligibility\",\"name\":\"e\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"eligibility\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"reputation\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"cpuCores\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"memoryMB\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"gpuCount\",\"type\":\"uint16\"}],\"internalType\":\"structEligibility\",\"name\":\"e\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"list\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"minFree\",\"type\":\"uint96\"}],\"name\":\"eligibleMask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"mask\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"endpointOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"gpuModelOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"nodeInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"bonded\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unbondAt\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"hourlyRate\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"reputation\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"cpuCores\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"memoryMB\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"gpuCount\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"unbonding\",\"type\":\"uint96\"}],\"internalType\":\"structNodeRegistry.Node\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"nodes\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"page\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"cpuCores\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"memoryMB\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"gpuCount\",\"type\":\"uint16\"},{\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"}],\"internalType\":\"structHardware\",\"name\":\"hw\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"hourlyRate\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"stakeAmount\",\"type\":\"uint96\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"list\",\"type\":\"address[]\"},{\"internalType\":\"uint96[]\",\"name\":\"amounts\",\"type\":\"uint96[]\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"releaseOne\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"}],\"name\":\"requiredStake\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"want\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen_\",\"type\":\"bool\"}],\"name\":\"setFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"setMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"reputation\",\"type\":\"uint16\"}],\"name\":\"setReputation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"delay\",\"type\":\"uint32\"}],\"name\":\"setUnbondingDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"taken\",\"type\":\"uint96\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"slashBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"roles\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"cpuCores\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"memoryMB\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"gpuCount\",\"type\":\"uint16\"},{\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"}],\"internalType\":\"structHardware\",\"name\":\"hw\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"hourlyRate\",\"type\":\"uint96\"}],\"name\":\"updateProfile\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawUnbonded\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "7bd3d81a90c562d62f712a827a90447b2f",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161340238038061340283398101604081905261002e916101ee565b8063ffffffff165f036100685760405163f788e06d60e01b815263ffffffff82166004820152600160248201526044015b60405180910390fd5b6276a70063ffffffff821611156100a35760405163ee4ed64360e01b815263ffffffff821660048201526276a700602482015260440161005f565b6001600160a01b0383166080526001805463ffffffff191663ffffffff83161790556100cf5f8361012e565b506100fa7f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e398361012e565b506101257f7f3f5c26f2e002e717c4feeca3fac851759df70cd9d703d83098f12a7ad024ca8361012e565b50505050610240565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101ce575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101863390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101d1565b505f5b92915050565b6001600160a01b03811681146101eb575f5ffd5b50565b5f5f5f60608486031215610200575f5ffd5b835161020b816101d7565b602085015190935061021c816101d7565b604085015190925063ffffffff81168114610235575f5ffd5b809150509250925092565b60805161318761027b5f395f81816107bb01528181610e7a01528181611205015281816114f601528181611a6a01526120aa01526131875ff3fe608060405234801561000f575f5ffd5b506004361061026b575f3560e01c80637b4599d41161014b578063c65d8b73116100bf578063db7dd35a11610084578063db7dd35a1461076c578063ea0ffa4d1461077c578063f36213671461078f578063f91acf0d146107a3578063fc0c546a146107b6578063ff12bdc7146107f5575f5ffd5b8063c65d8b73146106e3578063c8d0944714610702578063d213c0f214610715578063d547741f14610731578063d8c5115514610744575f5ffd5b8063a217fddf11610110578063a217fddf14610669578063a344e83114610670578063a4d6d49514610683578063ac869cd8146106aa578063bdcb3c56146106bd578063c0923015146106d0575f5ffd5b80637b4599d4146106205780638c59c3091461062857806391d148541461063b57806393d010811461064e57806396ab084414610656575f5ffd5b80634390ea70116101e257806361f129ad116101a757806361f129ad146105c457806367d02726146105d7578063693ec9a3146105ea5780636da49b83146105fd5780636e373bef146106055780637094cd9f1461060d575f5ffd5b80634390ea701461055a5780634b8936421461056d5780634ba0c03d1461058d5780635095af6414610595578063572be4b3146105bc575f5ffd5b806323c2e2bc1161023357806323c2e2bc146102f9578063248a9ca31461045e578063263e6deb1461048e5780632f2ff15d1461050957806336568abe1461051c57806336932db61461052f575f5ffd5b806301ffc9a71461026f57806307dee0481461029757806316dbf7db146102ac5780631c5da9fc146102cc5780631f8f0d53146102df575b5f5ffd5b61028261027d36600461270d565b610808565b60405190151581526020015b60405180910390f35b6102aa6102a5366004612762565b61083e565b005b6102bf6102ba366004612793565b61090e565b60405161028e91906127b3565b6102aa6102da366004612824565b610a07565b6102e7600281565b60405160ff909116815260200161028e565b61045161030736600461284c565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810191909152506001600160a01b03165f9081526002602081815260409283902083516101808101855281546001600160601b038082168352600160601b8083048216958401959095526001600160401b03600160c01b90920491909116958201959095526001820154808616606083015261ffff9381048416608083015260ff600160701b8204811660a0840152600160781b82048116151560c0840152600160801b820416151560e0830152600160881b8104841661010083015263ffffffff600160981b820416610120830152600160b81b90049092166101408301529091015490911661016082015290565b60405161028e9190612865565b61048061046c366004612988565b5f9081526020819052604090206001015490565b60405190815260200161028e565b6104a161049c36600461299f565b610acb565b60405161028e91905f60c0820190508251151582526001600160601b03602084015116602083015261ffff604084015116604083015261ffff606084015116606083015263ffffffff608084015116608083015261ffff60a08401511660a083015292915050565b6102aa6105173660046129c7565b610bdd565b6102aa61052a3660046129c7565b610c07565b61054261053d3660046129e8565b610c3f565b6040516001600160601b03909116815260200161028e565b61028261056836600461299f565b610c98565b61058061057b36600461284c565b610d24565b60405161028e9190612a01565b6102e7600181565b6104807f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e3981565b6102e7600881565b6102aa6105d2366004612a36565b610dbb565b6102aa6105e5366004612aa3565b610eb8565b6102aa6105f8366004612a36565b61128c565b600654610480565b6102aa6113e0565b6102aa61061b366004612b7a565b611532565b6102e7600481565b6104a1610636366004612be4565b6116e4565b6102826106493660046129c7565b61183c565b6102e7601081565b610480610664366004612c24565b611864565b6104805f81565b6102aa61067e366004612c84565b611970565b6104807f7f3f5c26f2e002e717c4feeca3fac851759df70cd9d703d83098f12a7ad024ca81565b6102aa6106b8366004612cbb565b611aa3565b6105806106cb36600461284c565b611b34565b6102aa6106de366004612cf4565b611b4c565b6106ed6276a70081565b60405163ffffffff909116815260200161028e565b6102aa610710366004612d7c565b611d9c565b61071e61271081565b60405161ffff909116815260200161028e565b6102aa61073f3660046129c7565b611ea2565b6105426107523660046129e8565b60056020525f90815260409020546001600160601b031681565b6001546106ed9063ffffffff1681565b61054261078a366004612c84565b611ec6565b6104805f5160206131325f395f51905f5281565b6102aa6107b1366004612d96565b6120e6565b6107dd7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161028e565b6102aa610803366004612db9565b6121bb565b5f6001600160e01b03198216637965db0b60e01b148061083857506301ffc9a760e01b6001600160e01b03198316145b92915050565b7f7f3f5c26f2e002e717c4feeca3fac851759df70cd9d703d83098f12a7ad024ca6108688161239b565b61271061ffff8316111561089a576040516341d62e2f60e01b815261ffff831660048201526024015b60405180910390fd5b5f6108a4846123a5565b60018101805461ffff60601b1916600160601b61ffff8716908102919091179091556040519081529091506001600160a01b038516907f08786548dd253f4888d8df3579e11e02ffa069767466141a80effd20f16cfbfb906020015b60405180910390a250505050565b6006546060908084106109215750610838565b5f8161092d8587612e13565b116109415761093c8486612e13565b610943565b815b905061094f8582612e26565b6001600160401b0381111561096657610966612e39565b60405190808252806020026020018201604052801561098f578160200160208202803683370190505b509250845b818110156109fe57600681815481106109af576109af612e4d565b5f918252602090912001546001600160a01b0316846109ce8884612e26565b815181106109de576109de612e4d565b6001600160a01b0390921660209283029190910190910152600101610994565b50505092915050565b5f610a118161239b565b60ff83161580610a245750601f60ff8416115b80610a3e5750610a35600184612e61565b831660ff165f14155b15610a6157604051635669b8eb60e11b815260ff84166004820152602401610891565b60ff83165f8181526005602090815260409182902080546001600160601b0319166001600160601b0387169081179091558251938452908301527fc4cb88d0179c742a1e5c2adc1d29f49d35d5947b3a6f0da158d2522db9029b1a910160405180910390a1505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526001600160a01b0383165f9081526002602052604090206001810154600160801b900460ff168015610b3a57506001810154600160781b900460ff16155b8015610b5557506001810154600160701b9004831660ff1615155b8015610b80575060ff83165f9081526005602052604090205481546001600160601b03918216911610155b1515825280546001600160601b031660208301526001015461ffff600160601b820481166040840152600160881b82048116606084015263ffffffff600160981b8304166080840152600160b81b9091041660a082015292915050565b5f82815260208190526040902060010154610bf78161239b565b610c0183836123f8565b50505050565b6001600160a01b0381163314610c305760405163334bd91960e11b815260040160405180910390fd5b610c3a8282612487565b505050565b5f60015b601060ff821611610c925760ff8382161615610c865760ff81165f908152600560205260409020546001600160601b03908116908316811115610c84578092505b505b60011b6101fe16610c43565b50919050565b6001600160a01b0382165f9081526002602052604081206001810154600160801b900460ff168015610cd657506001810154600160781b900460ff16155b8015610cf157506001810154600160701b9004831660ff1615155b8015610d1c575060ff83165f9081526005602052604090205481546001600160601b03918216911610155b949350505050565b60036020525f908152604090208054610d3c90612e7a565b80601f0160208091040260200160405190810160405280929190818152602001828054610d6890612e7a565b8015610db35780601f10610d8a57610100808354040283529160200191610db3565b820191905f5260205f20905b815481529060010190602001808311610d9657829003601f168201915b505050505081565b610dc36124f0565b5f610dcd336123a5565b9050816001600160601b03165f03610df85760405163162908e360e11b815260040160405180910390fd5b80545f90610e109084906001600160601b0316612eac565b82546001600160601b0319166001600160601b038281169182178555604080519187168252602082019290925291925033917f1449c6dd7851abc30abf37f57715f492010519147cc2652fbc38202c18a6ee90910160405180910390a2610eab6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633306001600160601b038716612525565b5050610eb561255b565b50565b610ec06124f0565b335f9081526002602052604090206001810154600160801b900460ff1615610efd576040516345ed80e960e01b8152336004820152602401610891565b60ff87161580610f105750601f60ff8816115b15610f3357604051635669b8eb60e11b815260ff88166004820152602401610891565b5f859003610f545760405163221418ad60e21b815260040160405180910390fd5b5f610f5e88610c3f565b9050806001600160601b0316836001600160601b03161015610fa6576040516322df051360e11b81526001600160601b03808516600483015282166024820152604401610891565b600182018054600160801b62ff00ff60701b19909116600160701b60ff8c160217176001600160601b0319166001600160601b038616179055610fec6020860186612ecb565b60018301805461ffff92909216600160881b0261ffff60881b1990921691909117905561101f6040860160208701612d96565b60018301805463ffffffff92909216600160981b0263ffffffff60981b199092169190911790556110566060860160408701612ecb565b60018301805461ffff60b81b1916600160b81b61ffff939093169290920291909117905581546001600160601b0319166001600160601b038416178255335f9081526003602052604090206110ac878983612f32565b506110ba6060860186612feb565b1590506110ea576110ce6060860186612feb565b335f908152600460205260409020916110e8919083612f32565b505b600680546001810182555f919091527ff652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f0180546001600160a01b031916339081179091556040517fb14f9c8bdcb701984cfd2fe0a1de17baa2f83f35a5cea96414de6fb549cd9d2290611164908b908b908b908a90613055565b60405180910390a2337f58464d5146002d29d4a5eee31b15986525e2a127a24c20f8d9c6e50637bc295589898961119e60208b018b612ecb565b6111ae60408c0160208d01612d96565b6111be60608d0160408e01612ecb565b6111cb60608e018e612feb565b8d6040516111e19998979695949392919061308b565b60405180910390a26001600160601b0383161561127a576112366001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633306001600160601b038716612525565b604080516001600160601b038516808252602082015233917f1449c6dd7851abc30abf37f57715f492010519147cc2652fbc38202c18a6ee90910160405180910390a25b505061128461255b565b505050505050565b5f611296336123a5565b90506001600160601b03821615806112bb575080546001600160601b03908116908316115b156112d95760405163162908e360e11b815260040160405180910390fd5b8054829082905f906112f59084906001600160601b03166130fa565b92506101000a8154816001600160601b0302191690836001600160601b0316021790555081816002015f8282829054906101000a90046001600160601b031661133e9190612eac565b82546001600160601b039182166101009390930a9283029190920219909116179055506001545f906113769063ffffffff1642612e13565b82546001600160c01b0316600160c01b6001600160401b03831602178355604080516001600160601b03861681526020810183905291925033917f6d3667c1f315297763391f067e0e6360ee88a7abdfff34ab037c5c72b2a3dd4b910160405180910390a2505050565b6113e86124f0565b5f6113f2336123a5565b60028101549091506001600160601b03165f8190036114245760405163098ae75d60e21b815260040160405180910390fd5b6001820154600160781b900460ff1615611453576040516307ace90760e41b8152336004820152602401610891565b8154600160c01b90046001600160401b0316421015611499578154604051630e7c017d60e31b8152600160c01b9091046001600160401b03166004820152602401610891565b6002820180546001600160601b03191690556040516001600160601b038216815233907fd24dbf5e9299ce53c3aa9f7227ff1cc8441c2faae04509aa370ca3703385d6b49060200160405180910390a26115266001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016336001600160601b038416612585565b505061153061255b565b565b5f5160206131325f395f51905f526115498161239b565b5f5b84811015611284575f84848381811061156657611566612e4d565b905060200201602081019061157b9190612a36565b9050806001600160601b03165f0361159357506116dc565b5f60025f8989868181106115a9576115a9612e4d565b90506020020160208101906115be919061284c565b6001600160a01b0316815260208101919091526040015f20805490915082908290600c906115fd908490600160601b90046001600160601b03166130fa565b92506101000a8154816001600160601b0302191690836001600160601b0316021790555081815f015f8282829054906101000a90046001600160601b03166116459190612eac565b92506101000a8154816001600160601b0302191690836001600160601b0316021790555087878481811061167b5761167b612e4d565b9050602002016020810190611690919061284c565b6040516001600160601b03841681526001600160a01b0391909116907fb21fb52d5749b80f3182f8c6992236b5e5576681880914484d7f4c9b062e619e9060200160405180910390a250505b60010161154b565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f5160206131325f395f51905f5261172c8161239b565b6117368585610acb565b8051909250158061175c5750826001600160601b031682602001516001600160601b0316105b611834576001600160a01b0385165f908152600260209081526040909120908301516117899085906130fa565b81546001600160601b0319166001600160601b03918216178083555f916117ba918791600160601b90910416612eac565b82546bffffffffffffffffffffffff60601b1916600160601b6001600160601b0383811691820292909217855560408051928916835260208301919091529192506001600160a01b038916917f524384adee0b2f52827eebf00ddd616aa286978612393216724d61cdb43dc835910160405180910390a250505b509392505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b60ff82165f908152600560205260408120546001600160601b0390811690831681101561188e5750815b5f5b85811080156118a0575061010081105b15611966575f60025f8989858181106118bb576118bb612e4d565b90506020020160208101906118d0919061284c565b6001600160a01b0316815260208101919091526040015f206001810154909150600160801b900460ff16801561191257506001810154600160781b900460ff16155b801561192d57506001810154600160701b9004861660ff1615155b8015611946575080546001600160601b03808516911610155b1561195557816001901b841793505b5061195f81613119565b9050611890565b5050949350505050565b5f5160206131325f395f51905f526119878161239b565b61198f6124f0565b6001600160a01b0384165f908152600260205260409020805484908290600c906119ca908490600160601b90046001600160601b03166130fa565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550846001600160a01b03167ff59795102dfe8996fe97ba1ee9bfbd46336e62c182e8d6556072c9288d3a6ae68585604051611a469291906001600160601b039290921682526001600160a01b0316602082015260400190565b60405180910390a26001600160601b03841615611a9a57611a9a6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016846001600160601b038716612585565b50610c0161255b565b7f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e39611acd8161239b565b5f611ad7846123a5565b600181018054851515600160781b0260ff60781b199091161790556040519091506001600160a01b038516907f713eb400302cebac61f82eb8de5051d38458517ffac43ae45f4a9fd5d09ee6989061090090861515815260200190565b60046020525f908152604090208054610d3c90612e7a565b5f611b56336123a5565b905060ff86161580611b6b5750601f60ff8716115b15611b8e57604051635669b8eb60e11b815260ff87166004820152602401610891565b5f849003611baf5760405163221418ad60e21b815260040160405180910390fd5b5f611bb987610c3f565b82549091506001600160601b0380831691161015611c005781546040516322df051360e11b81526001600160601b0391821660048201529082166024820152604401610891565b6001820180546eff0000ffffffffffffffffffffffff1916600160701b60ff8a16026001600160601b031916176001600160601b038516179055611c476020850185612ecb565b60018301805461ffff92909216600160881b0261ffff60881b19909216919091179055611c7a6040850160208601612d96565b60018301805463ffffffff92909216600160981b0263ffffffff60981b19909216919091179055611cb16060850160408601612ecb565b60018301805461ffff92909216600160b81b0261ffff60b81b19909216919091179055335f908152600360205260409020611ced868883612f32565b50611cfb6060850185612feb565b335f90815260046020526040902091611d15919083612f32565b50337f58464d5146002d29d4a5eee31b15986525e2a127a24c20f8d9c6e50637bc2955888888611d4860208a018a612ecb565b611d5860408b0160208c01612d96565b611d6860608c0160408d01612ecb565b611d7560608d018d612feb565b8c604051611d8b9998979695949392919061308b565b60405180910390a250505050505050565b5f5160206131325f395f51905f52611db38161239b565b6001600160a01b0383165f908152600260205260409020805483908290600c90611dee908490600160601b90046001600160601b03166130fa565b92506101000a8154816001600160601b0302191690836001600160601b0316021790555082815f015f8282829054906101000a90046001600160601b0316611e369190612eac565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550836001600160a01b03167fb21fb52d5749b80f3182f8c6992236b5e5576681880914484d7f4c9b062e619e8460405161090091906001600160601b0391909116815260200190565b5f82815260208190526040902060010154611ebc8161239b565b610c018383612487565b5f7f12b42e8a160f6064dc959c6f251e3af0750ad213dbecf573b4710d67d6c28e39611ef18161239b565b611ef96124f0565b5f611f03866123a5565b90506001600160601b0385161580611f2257506001600160a01b038416155b15611f405760405163162908e360e11b815260040160405180910390fd5b80545f906001600160601b0390811690871610611f675781546001600160601b0316611f69565b855b8254909150819083905f90611f889084906001600160601b03166130fa565b92506101000a8154816001600160601b0302191690836001600160601b031602179055505f8187611fb991906130fa565b60028401549091505f906001600160601b0390811690831610611fe95760028401546001600160601b0316611feb565b815b60028501805491925082915f9061200c9084906001600160601b03166130fa565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550808361203c9190612eac565b604080516001600160601b03831681526001600160a01b038a81166020830152929850918b16917fd87c3348a79019696e9b472cb0efe979015741dd3a1c95f43cc26dd1ace903c0910160405180910390a26001600160601b038616156120da576120da6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016886001600160601b038916612585565b5050505061183461255b565b5f6120f08161239b565b60015463ffffffff90811690831610156121315760015460405163f788e06d60e01b815263ffffffff80851660048301529091166024820152604401610891565b6276a70063ffffffff8316111561216c5760405163ee4ed64360e01b815263ffffffff831660048201526276a7006024820152604401610891565b6001805463ffffffff191663ffffffff84169081179091556040519081527f86b8c3642941987648b8f257035ecba24fddcda52fa03d91df9c4967f5eef0899060200160405180910390a15050565b5f5160206131325f395f51905f526121d28161239b565b6001600160601b03821615610c01575f5b83811015612394575f60025f87878581811061220157612201612e4d565b9050602002016020810190612216919061284c565b6001600160a01b0316815260208101919091526040015f2080549091506001600160601b039081169085168110156122ab5786868481811061225a5761225a612e4d565b905060200201602081019061226f919061284c565b60405163fbc2ab4360e01b81526001600160a01b0390911660048201526001600160601b03808316602483015286166044820152606401610891565b6122b585826130fa565b82546001600160601b0319166001600160601b03918216178084555f916122e6918891600160601b90910416612eac565b83546bffffffffffffffffffffffff60601b1916600160601b6001600160601b03831602178455905087878581811061232157612321612e4d565b9050602002016020810190612336919061284c565b604080516001600160601b03808a168252841660208201526001600160a01b0392909216917f524384adee0b2f52827eebf00ddd616aa286978612393216724d61cdb43dc835910160405180910390a25050508060010190506121e3565b5050505050565b610eb581336125ba565b6001600160a01b0381165f9081526002602052604090206001810154600160801b900460ff166123f35760405163bfc6c33760e01b81526001600160a01b0383166004820152602401610891565b919050565b5f612403838361183c565b612480575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556124383390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610838565b505f610838565b5f612492838361183c565b15612480575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610838565b6124f86125f7565b61153060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612637565b61253384848484600161263e565b610c0157604051635274afe760e01b81526001600160a01b0385166004820152602401610891565b6115305f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061251f565b61259283838360016126ab565b610c3a57604051635274afe760e01b81526001600160a01b0384166004820152602401610891565b6125c4828261183c565b6125f35760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610891565b5050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561153057604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661269a57838315161561268e573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166127015783831516156126f5573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f6020828403121561271d575f5ffd5b81356001600160e01b031981168114612734575f5ffd5b9392505050565b80356001600160a01b03811681146123f3575f5ffd5b803561ffff811681146123f3575f5ffd5b5f5f60408385031215612773575f5ffd5b61277c8361273b565b915061278a60208401612751565b90509250929050565b5f5f604083850312156127a4575f5ffd5b50508035926020909101359150565b602080825282518282018190525f918401906040840190835b818110156127f35783516001600160a01b03168352602093840193909201916001016127cc565b509095945050505050565b803560ff811681146123f3575f5ffd5b80356001600160601b03811681146123f3575f5ffd5b5f5f60408385031215612835575f5ffd5b61283e836127fe565b915061278a6020840161280e565b5f6020828403121561285c575f5ffd5b6127348261273b565b81516001600160601b031681526101808101602083015161289160208401826001600160601b03169052565b5060408301516128ac60408401826001600160401b03169052565b5060608301516128c760608401826001600160601b03169052565b5060808301516128dd608084018261ffff169052565b5060a08301516128f260a084018260ff169052565b5060c083015161290660c084018215159052565b5060e083015161291a60e084018215159052565b5061010083015161293261010084018261ffff169052565b5061012083015161294c61012084018263ffffffff169052565b5061014083015161296461014084018261ffff169052565b506101608301516129816101608401826001600160601b03169052565b5092915050565b5f60208284031215612998575f5ffd5b5035919050565b5f5f604083850312156129b0575f5ffd5b6129b98361273b565b915061278a602084016127fe565b5f5f604083850312156129d8575f5ffd5b8235915061278a6020840161273b565b5f602082840312156129f8575f5ffd5b612734826127fe565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215612a46575f5ffd5b6127348261280e565b5f5f83601f840112612a5f575f5ffd5b5081356001600160401b03811115612a75575f5ffd5b602083019150836020828501011115612a8c575f5ffd5b9250929050565b5f60808284031215610c92575f5ffd5b5f5f5f5f5f5f60a08789031215612ab8575f5ffd5b612ac1876127fe565b955060208701356001600160401b03811115612adb575f5ffd5b612ae789828a01612a4f565b90965094505060408701356001600160401b03811115612b05575f5ffd5b612b1189828a01612a93565b935050612b206060880161280e565b9150612b2e6080880161280e565b90509295509295509295565b5f5f83601f840112612b4a575f5ffd5b5081356001600160401b03811115612b60575f5ffd5b6020830191508360208260051b8501011115612a8c575f5ffd5b5f5f5f5f60408587031215612b8d575f5ffd5b84356001600160401b03811115612ba2575f5ffd5b612bae87828801612b3a565b90955093505060208501356001600160401b03811115612bcc575f5ffd5b612bd887828801612b3a565b95989497509550505050565b5f5f5f60608486031215612bf6575f5ffd5b612bff8461273b565b9250612c0d602085016127fe565b9150612c1b6040850161280e565b90509250925092565b5f5f5f5f60608587031215612c37575f5ffd5b84356001600160401b03811115612c4c575f5ffd5b612c5887828801612b3a565b9095509350612c6b9050602086016127fe565b9150612c796040860161280e565b905092959194509250565b5f5f5f60608486031215612c96575f5ffd5b612c9f8461273b565b9250612cad6020850161280e565b9150612c1b6040850161273b565b5f5f60408385031215612ccc575f5ffd5b612cd58361273b565b915060208301358015158114612ce9575f5ffd5b809150509250929050565b5f5f5f5f5f60808688031215612d08575f5ffd5b612d11866127fe565b945060208601356001600160401b03811115612d2b575f5ffd5b612d3788828901612a4f565b90955093505060408601356001600160401b03811115612d55575f5ffd5b612d6188828901612a93565b925050612d706060870161280e565b90509295509295909350565b5f5f60408385031215612d8d575f5ffd5b61283e8361273b565b5f60208284031215612da6575f5ffd5b813563ffffffff81168114612734575f5ffd5b5f5f5f60408486031215612dcb575f5ffd5b83356001600160401b03811115612de0575f5ffd5b612dec86828701612b3a565b9094509250612c1b90506020850161280e565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561083857610838612dff565b8181038181111561083857610838612dff565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b60ff828116828216039081111561083857610838612dff565b600181811c90821680612e8e57607f821691505b602082108103610c9257634e487b7160e01b5f52602260045260245ffd5b6001600160601b03818116838216019081111561083857610838612dff565b5f60208284031215612edb575f5ffd5b61273482612751565b601f821115610c3a5782821115610c3a57805f5260205f20601f840160051c6020851015612f0f57505f5b90810190601f840160051c035f5b81811015611284575f83820155600101612f1d565b6001600160401b03831115612f4957612f49612e39565b612f5d83612f578354612e7a565b83612ee4565b5f601f841160018114612f8e575f8515612f775750838201355b5f19600387901b1c1916600186901b178355612394565b5f83815260208120601f198716915b82811015612fbd5786850135825560209485019460019092019101612f9d565b5086821015612fd9575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f5f8335601e19843603018112613000575f5ffd5b8301803591506001600160401b03821115613019575f5ffd5b602001915036819003821315612a8c575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60ff85168152606060208201525f61307160608301858761302d565b90506001600160601b038316604083015295945050505050565b60ff8a16815260e060208201525f6130a760e083018a8c61302d565b61ffff8916604084015263ffffffff8816606084015261ffff8716608084015282810360a08401526130da81868861302d565b9150506001600160601b03831660c08301529a9950505050505050505050565b6001600160601b03828116828216039081111561083857610838612dff565b5f6001820161312a5761312a612dff565b506001019056feaf9a8bb3cbd6b84fbccefa71ff73e26e798553c6914585a84886212a46a90279a2646970667358221220919246f1034caf97382a6c427dfd242b44f1a4952a5b60e79c10d7f9f3fd44f164736f6c63430008250033",
}

// NodeRegistry is an auto generated Go binding around an Ethereum contract.
type NodeRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NodeRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewNodeRegistry creates a new instance of NodeRegistry.
func NewNodeRegistry() *NodeRegistry {
	parsed, err := NodeRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NodeRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NodeRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address admin, uint32 unbondingDelay_) returns()
func (nodeRegistry *NodeRegistry) PackConstructor(token_ common.Address, admin common.Address, unbondingDelay_ uint32) []byte {
	enc, err := nodeRegistry.abi.Pack("", token_, admin, unbondingDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := nodeRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return nodeRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := nodeRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLOCKERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3621367.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LOCKER_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) PackLOCKERROLE() []byte {
	enc, err := nodeRegistry.abi.Pack("LOCKER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLOCKERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3621367.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LOCKER_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) TryPackLOCKERROLE() ([]byte, error) {
	return nodeRegistry.abi.Pack("LOCKER_ROLE")
}

// UnpackLOCKERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3621367.
//
// Solidity: function LOCKER_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) UnpackLOCKERROLE(data []byte) ([32]byte, error) {
	out, err := nodeRegistry.abi.Unpack("LOCKER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd213c0f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REPUTATION() view returns(uint16)
func (nodeRegistry *NodeRegistry) PackMAXREPUTATION() []byte {
	enc, err := nodeRegistry.abi.Pack("MAX_REPUTATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd213c0f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REPUTATION() view returns(uint16)
func (nodeRegistry *NodeRegistry) TryPackMAXREPUTATION() ([]byte, error) {
	return nodeRegistry.abi.Pack("MAX_REPUTATION")
}

// UnpackMAXREPUTATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd213c0f2.
//
// Solidity: function MAX_REPUTATION() view returns(uint16)
func (nodeRegistry *NodeRegistry) UnpackMAXREPUTATION(data []byte) (uint16, error) {
	out, err := nodeRegistry.abi.Unpack("MAX_REPUTATION", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXUNBONDINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65d8b73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_UNBONDING_DELAY() view returns(uint32)
func (nodeRegistry *NodeRegistry) PackMAXUNBONDINGDELAY() []byte {
	enc, err := nodeRegistry.abi.Pack("MAX_UNBONDING_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXUNBONDINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65d8b73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_UNBONDING_DELAY() view returns(uint32)
func (nodeRegistry *NodeRegistry) TryPackMAXUNBONDINGDELAY() ([]byte, error) {
	return nodeRegistry.abi.Pack("MAX_UNBONDING_DELAY")
}

// UnpackMAXUNBONDINGDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc65d8b73.
//
// Solidity: function MAX_UNBONDING_DELAY() view returns(uint32)
func (nodeRegistry *NodeRegistry) UnpackMAXUNBONDINGDELAY(data []byte) (uint32, error) {
	out, err := nodeRegistry.abi.Unpack("MAX_UNBONDING_DELAY", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackROLEAUTHORIZER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f8f0d53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_AUTHORIZER() view returns(uint8)
func (nodeRegistry *NodeRegistry) PackROLEAUTHORIZER() []byte {
	enc, err := nodeRegistry.abi.Pack("ROLE_AUTHORIZER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLEAUTHORIZER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f8f0d53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_AUTHORIZER() view returns(uint8)
func (nodeRegistry *NodeRegistry) TryPackROLEAUTHORIZER() ([]byte, error) {
	return nodeRegistry.abi.Pack("ROLE_AUTHORIZER")
}

// UnpackROLEAUTHORIZER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f8f0d53.
//
// Solidity: function ROLE_AUTHORIZER() view returns(uint8)
func (nodeRegistry *NodeRegistry) UnpackROLEAUTHORIZER(data []byte) (uint8, error) {
	out, err := nodeRegistry.abi.Unpack("ROLE_AUTHORIZER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackROLECOORDINATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x572be4b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_COORDINATOR() view returns(uint8)
func (nodeRegistry *NodeRegistry) PackROLECOORDINATOR() []byte {
	enc, err := nodeRegistry.abi.Pack("ROLE_COORDINATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLECOORDINATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x572be4b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_COORDINATOR() view returns(uint8)
func (nodeRegistry *NodeRegistry) TryPackROLECOORDINATOR() ([]byte, error) {
	return nodeRegistry.abi.Pack("ROLE_COORDINATOR")
}

// UnpackROLECOORDINATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x572be4b3.
//
// Solidity: function ROLE_COORDINATOR() view returns(uint8)
func (nodeRegistry *NodeRegistry) UnpackROLECOORDINATOR(data []byte) (uint8, error) {
	out, err := nodeRegistry.abi.Unpack("ROLE_COORDINATOR", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackROLEMINER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93d01081.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_MINER() view returns(uint8)
func (nodeRegistry *NodeRegistry) PackROLEMINER() []byte {
	enc, err := nodeRegistry.abi.Pack("ROLE_MINER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLEMINER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93d01081.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_MINER() view returns(uint8)
func (nodeRegistry *NodeRegistry) TryPackROLEMINER() ([]byte, error) {
	return nodeRegistry.abi.Pack("ROLE_MINER")
}

// UnpackROLEMINER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93d01081.
//
// Solidity: function ROLE_MINER() view returns(uint8)
func (nodeRegistry *NodeRegistry) UnpackROLEMINER(data []byte) (uint8, error) {
	out, err := nodeRegistry.abi.Unpack("ROLE_MINER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackROLETRAINER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ba0c03d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_TRAINER() view returns(uint8)
func (nodeRegistry *NodeRegistry) PackROLETRAINER() []byte {
	enc, err := nodeRegistry.abi.Pack("ROLE_TRAINER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLETRAINER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ba0c03d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_TRAINER() view returns(uint8)
func (nodeRegistry *NodeRegistry) TryPackROLETRAINER() ([]byte, error) {
	return nodeRegistry.abi.Pack("ROLE_TRAINER")
}

// UnpackROLETRAINER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ba0c03d.
//
// Solidity: function ROLE_TRAINER() view returns(uint8)
func (nodeRegistry *NodeRegistry) UnpackROLETRAINER(data []byte) (uint8, error) {
	out, err := nodeRegistry.abi.Unpack("ROLE_TRAINER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackROLEVALIDATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b4599d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ROLE_VALIDATOR() view returns(uint8)
func (nodeRegistry *NodeRegistry) PackROLEVALIDATOR() []byte {
	enc, err := nodeRegistry.abi.Pack("ROLE_VALIDATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackROLEVALIDATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b4599d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ROLE_VALIDATOR() view returns(uint8)
func (nodeRegistry *NodeRegistry) TryPackROLEVALIDATOR() ([]byte, error) {
	return nodeRegistry.abi.Pack("ROLE_VALIDATOR")
}

// UnpackROLEVALIDATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b4599d4.
//
// Solidity: function ROLE_VALIDATOR() view returns(uint8)
func (nodeRegistry *NodeRegistry) UnpackROLEVALIDATOR(data []byte) (uint8, error) {
	out, err := nodeRegistry.abi.Unpack("ROLE_VALIDATOR", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSCORERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4d6d495.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SCORER_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) PackSCORERROLE() []byte {
	enc, err := nodeRegistry.abi.Pack("SCORER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSCORERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4d6d495.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SCORER_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) TryPackSCORERROLE() ([]byte, error) {
	return nodeRegistry.abi.Pack("SCORER_ROLE")
}

// UnpackSCORERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4d6d495.
//
// Solidity: function SCORER_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) UnpackSCORERROLE(data []byte) ([32]byte, error) {
	out, err := nodeRegistry.abi.Unpack("SCORER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSLASHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5095af64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) PackSLASHERROLE() []byte {
	enc, err := nodeRegistry.abi.Pack("SLASHER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSLASHERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5095af64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) TryPackSLASHERROLE() ([]byte, error) {
	return nodeRegistry.abi.Pack("SLASHER_ROLE")
}

// UnpackSLASHERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5095af64.
//
// Solidity: function SLASHER_ROLE() view returns(bytes32)
func (nodeRegistry *NodeRegistry) UnpackSLASHERROLE(data []byte) ([32]byte, error) {
	out, err := nodeRegistry.abi.Unpack("SLASHER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff12bdc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond(address[] list, uint96 amount) returns()
func (nodeRegistry *NodeRegistry) PackBond(list []common.Address, amount *big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("bond", list, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff12bdc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond(address[] list, uint96 amount) returns()
func (nodeRegistry *NodeRegistry) TryPackBond(list []common.Address, amount *big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("bond", list, amount)
}

// PackBondFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c59c309.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bondFor(address node, uint8 role, uint96 amount) returns((bool,uint96,uint16,uint16,uint32,uint16) e)
func (nodeRegistry *NodeRegistry) PackBondFor(node common.Address, role uint8, amount *big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("bondFor", node, role, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBondFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c59c309.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bondFor(address node, uint8 role, uint96 amount) returns((bool,uint96,uint16,uint16,uint32,uint16) e)
func (nodeRegistry *NodeRegistry) TryPackBondFor(node common.Address, role uint8, amount *big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("bondFor", node, role, amount)
}

// UnpackBondFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c59c309.
//
// Solidity: function bondFor(address node, uint8 role, uint96 amount) returns((bool,uint96,uint16,uint16,uint32,uint16) e)
func (nodeRegistry *NodeRegistry) UnpackBondFor(data []byte) (Eligibility, error) {
	out, err := nodeRegistry.abi.Unpack("bondFor", data)
	if err != nil {
		return *new(Eligibility), err
	}
	out0 := *abi.ConvertType(out[0], new(Eligibility)).(*Eligibility)
	return out0, nil
}

// PackEligibility is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x263e6deb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eligibility(address node, uint8 role) view returns((bool,uint96,uint16,uint16,uint32,uint16) e)
func (nodeRegistry *NodeRegistry) PackEligibility(node common.Address, role uint8) []byte {
	enc, err := nodeRegistry.abi.Pack("eligibility", node, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEligibility is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x263e6deb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eligibility(address node, uint8 role) view returns((bool,uint96,uint16,uint16,uint32,uint16) e)
func (nodeRegistry *NodeRegistry) TryPackEligibility(node common.Address, role uint8) ([]byte, error) {
	return nodeRegistry.abi.Pack("eligibility", node, role)
}

// UnpackEligibility is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x263e6deb.
//
// Solidity: function eligibility(address node, uint8 role) view returns((bool,uint96,uint16,uint16,uint32,uint16) e)
func (nodeRegistry *NodeRegistry) UnpackEligibility(data []byte) (Eligibility, error) {
	out, err := nodeRegistry.abi.Unpack("eligibility", data)
	if err != nil {
		return *new(Eligibility), err
	}
	out0 := *abi.ConvertType(out[0], new(Eligibility)).(*Eligibility)
	return out0, nil
}

// PackEligibleMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96ab0844.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eligibleMask(address[] list, uint8 role, uint96 minFree) view returns(uint256 mask)
func (nodeRegistry *NodeRegistry) PackEligibleMask(list []common.Address, role uint8, minFree *big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("eligibleMask", list, role, minFree)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEligibleMask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96ab0844.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eligibleMask(address[] list, uint8 role, uint96 minFree) view returns(uint256 mask)
func (nodeRegistry *NodeRegistry) TryPackEligibleMask(list []common.Address, role uint8, minFree *big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("eligibleMask", list, role, minFree)
}

// UnpackEligibleMask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96ab0844.
//
// Solidity: function eligibleMask(address[] list, uint8 role, uint96 minFree) view returns(uint256 mask)
func (nodeRegistry *NodeRegistry) UnpackEligibleMask(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("eligibleMask", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEndpointOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b893642.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function endpointOf(address ) view returns(string)
func (nodeRegistry *NodeRegistry) PackEndpointOf(arg0 common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("endpointOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEndpointOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b893642.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function endpointOf(address ) view returns(string)
func (nodeRegistry *NodeRegistry) TryPackEndpointOf(arg0 common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("endpointOf", arg0)
}

// UnpackEndpointOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b893642.
//
// Solidity: function endpointOf(address ) view returns(string)
func (nodeRegistry *NodeRegistry) UnpackEndpointOf(data []byte) (string, error) {
	out, err := nodeRegistry.abi.Unpack("endpointOf", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (nodeRegistry *NodeRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := nodeRegistry.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (nodeRegistry *NodeRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (nodeRegistry *NodeRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := nodeRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGpuModelOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdcb3c56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gpuModelOf(address ) view returns(string)
func (nodeRegistry *NodeRegistry) PackGpuModelOf(arg0 common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("gpuModelOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGpuModelOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdcb3c56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gpuModelOf(address ) view returns(string)
func (nodeRegistry *NodeRegistry) TryPackGpuModelOf(arg0 common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("gpuModelOf", arg0)
}

// UnpackGpuModelOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbdcb3c56.
//
// Solidity: function gpuModelOf(address ) view returns(string)
func (nodeRegistry *NodeRegistry) UnpackGpuModelOf(data []byte) (string, error) {
	out, err := nodeRegistry.abi.Unpack("gpuModelOf", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (nodeRegistry *NodeRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (nodeRegistry *NodeRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (nodeRegistry *NodeRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (nodeRegistry *NodeRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (nodeRegistry *NodeRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := nodeRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4390ea70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActive(address node, uint8 role) view returns(bool)
func (nodeRegistry *NodeRegistry) PackIsActive(node common.Address, role uint8) []byte {
	enc, err := nodeRegistry.abi.Pack("isActive", node, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4390ea70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActive(address node, uint8 role) view returns(bool)
func (nodeRegistry *NodeRegistry) TryPackIsActive(node common.Address, role uint8) ([]byte, error) {
	return nodeRegistry.abi.Pack("isActive", node, role)
}

// UnpackIsActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4390ea70.
//
// Solidity: function isActive(address node, uint8 role) view returns(bool)
func (nodeRegistry *NodeRegistry) UnpackIsActive(data []byte) (bool, error) {
	out, err := nodeRegistry.abi.Unpack("isActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8c51155.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake(uint8 ) view returns(uint96)
func (nodeRegistry *NodeRegistry) PackMinStake(arg0 uint8) []byte {
	enc, err := nodeRegistry.abi.Pack("minStake", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8c51155.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake(uint8 ) view returns(uint96)
func (nodeRegistry *NodeRegistry) TryPackMinStake(arg0 uint8) ([]byte, error) {
	return nodeRegistry.abi.Pack("minStake", arg0)
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8c51155.
//
// Solidity: function minStake(uint8 ) view returns(uint96)
func (nodeRegistry *NodeRegistry) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da49b83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeCount() view returns(uint256)
func (nodeRegistry *NodeRegistry) PackNodeCount() []byte {
	enc, err := nodeRegistry.abi.Pack("nodeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da49b83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeCount() view returns(uint256)
func (nodeRegistry *NodeRegistry) TryPackNodeCount() ([]byte, error) {
	return nodeRegistry.abi.Pack("nodeCount")
}

// UnpackNodeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da49b83.
//
// Solidity: function nodeCount() view returns(uint256)
func (nodeRegistry *NodeRegistry) UnpackNodeCount(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("nodeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNodeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23c2e2bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeInfo(address node) view returns((uint96,uint96,uint64,uint96,uint16,uint8,bool,bool,uint16,uint32,uint16,uint96))
func (nodeRegistry *NodeRegistry) PackNodeInfo(node common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("nodeInfo", node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23c2e2bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeInfo(address node) view returns((uint96,uint96,uint64,uint96,uint16,uint8,bool,bool,uint16,uint32,uint16,uint96))
func (nodeRegistry *NodeRegistry) TryPackNodeInfo(node common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("nodeInfo", node)
}

// UnpackNodeInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23c2e2bc.
//
// Solidity: function nodeInfo(address node) view returns((uint96,uint96,uint64,uint96,uint16,uint8,bool,bool,uint16,uint32,uint16,uint96))
func (nodeRegistry *NodeRegistry) UnpackNodeInfo(data []byte) (NodeRegistryNode, error) {
	out, err := nodeRegistry.abi.Unpack("nodeInfo", data)
	if err != nil {
		return *new(NodeRegistryNode), err
	}
	out0 := *abi.ConvertType(out[0], new(NodeRegistryNode)).(*NodeRegistryNode)
	return out0, nil
}

// PackNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16dbf7db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodes(uint256 offset, uint256 limit) view returns(address[] page)
func (nodeRegistry *NodeRegistry) PackNodes(offset *big.Int, limit *big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("nodes", offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16dbf7db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodes(uint256 offset, uint256 limit) view returns(address[] page)
func (nodeRegistry *NodeRegistry) TryPackNodes(offset *big.Int, limit *big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("nodes", offset, limit)
}

// UnpackNodes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16dbf7db.
//
// Solidity: function nodes(uint256 offset, uint256 limit) view returns(address[] page)
func (nodeRegistry *NodeRegistry) UnpackNodes(data []byte) ([]common.Address, error) {
	out, err := nodeRegistry.abi.Unpack("nodes", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67d02726.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(uint8 roles, string endpoint, (uint16,uint32,uint16,string) hw, uint96 hourlyRate, uint96 stakeAmount) returns()
func (nodeRegistry *NodeRegistry) PackRegister(roles uint8, endpoint string, hw Hardware, hourlyRate *big.Int, stakeAmount *big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("register", roles, endpoint, hw, hourlyRate, stakeAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67d02726.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(uint8 roles, string endpoint, (uint16,uint32,uint16,string) hw, uint96 hourlyRate, uint96 stakeAmount) returns()
func (nodeRegistry *NodeRegistry) TryPackRegister(roles uint8, endpoint string, hw Hardware, hourlyRate *big.Int, stakeAmount *big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("register", roles, endpoint, hw, hourlyRate, stakeAmount)
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7094cd9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(address[] list, uint96[] amounts) returns()
func (nodeRegistry *NodeRegistry) PackRelease(list []common.Address, amounts []*big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("release", list, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7094cd9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(address[] list, uint96[] amounts) returns()
func (nodeRegistry *NodeRegistry) TryPackRelease(list []common.Address, amounts []*big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("release", list, amounts)
}

// PackReleaseOne is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8d09447.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseOne(address node, uint96 amount) returns()
func (nodeRegistry *NodeRegistry) PackReleaseOne(node common.Address, amount *big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("releaseOne", node, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseOne is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8d09447.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseOne(address node, uint96 amount) returns()
func (nodeRegistry *NodeRegistry) TryPackReleaseOne(node common.Address, amount *big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("releaseOne", node, amount)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (nodeRegistry *NodeRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (nodeRegistry *NodeRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x693ec9a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnbond(uint96 amount) returns()
func (nodeRegistry *NodeRegistry) PackRequestUnbond(amount *big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("requestUnbond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x693ec9a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnbond(uint96 amount) returns()
func (nodeRegistry *NodeRegistry) TryPackRequestUnbond(amount *big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("requestUnbond", amount)
}

// PackRequiredStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36932db6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requiredStake(uint8 roles) view returns(uint96 want)
func (nodeRegistry *NodeRegistry) PackRequiredStake(roles uint8) []byte {
	enc, err := nodeRegistry.abi.Pack("requiredStake", roles)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequiredStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36932db6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requiredStake(uint8 roles) view returns(uint96 want)
func (nodeRegistry *NodeRegistry) TryPackRequiredStake(roles uint8) ([]byte, error) {
	return nodeRegistry.abi.Pack("requiredStake", roles)
}

// UnpackRequiredStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36932db6.
//
// Solidity: function requiredStake(uint8 roles) view returns(uint96 want)
func (nodeRegistry *NodeRegistry) UnpackRequiredStake(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("requiredStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (nodeRegistry *NodeRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (nodeRegistry *NodeRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("revokeRole", role, account)
}

// PackSetFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac869cd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFrozen(address node, bool frozen_) returns()
func (nodeRegistry *NodeRegistry) PackSetFrozen(node common.Address, frozen bool) []byte {
	enc, err := nodeRegistry.abi.Pack("setFrozen", node, frozen)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac869cd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFrozen(address node, bool frozen_) returns()
func (nodeRegistry *NodeRegistry) TryPackSetFrozen(node common.Address, frozen bool) ([]byte, error) {
	return nodeRegistry.abi.Pack("setFrozen", node, frozen)
}

// PackSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c5da9fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinStake(uint8 role, uint96 amount) returns()
func (nodeRegistry *NodeRegistry) PackSetMinStake(role uint8, amount *big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("setMinStake", role, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c5da9fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinStake(uint8 role, uint96 amount) returns()
func (nodeRegistry *NodeRegistry) TryPackSetMinStake(role uint8, amount *big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("setMinStake", role, amount)
}

// PackSetReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07dee048.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReputation(address node, uint16 reputation) returns()
func (nodeRegistry *NodeRegistry) PackSetReputation(node common.Address, reputation uint16) []byte {
	enc, err := nodeRegistry.abi.Pack("setReputation", node, reputation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07dee048.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReputation(address node, uint16 reputation) returns()
func (nodeRegistry *NodeRegistry) TryPackSetReputation(node common.Address, reputation uint16) ([]byte, error) {
	return nodeRegistry.abi.Pack("setReputation", node, reputation)
}

// PackSetUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf91acf0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUnbondingDelay(uint32 delay) returns()
func (nodeRegistry *NodeRegistry) PackSetUnbondingDelay(delay uint32) []byte {
	enc, err := nodeRegistry.abi.Pack("setUnbondingDelay", delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf91acf0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUnbondingDelay(uint32 delay) returns()
func (nodeRegistry *NodeRegistry) TryPackSetUnbondingDelay(delay uint32) ([]byte, error) {
	return nodeRegistry.abi.Pack("setUnbondingDelay", delay)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea0ffa4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address node, uint96 amount, address to) returns(uint96 taken)
func (nodeRegistry *NodeRegistry) PackSlash(node common.Address, amount *big.Int, to common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("slash", node, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea0ffa4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address node, uint96 amount, address to) returns(uint96 taken)
func (nodeRegistry *NodeRegistry) TryPackSlash(node common.Address, amount *big.Int, to common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("slash", node, amount, to)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea0ffa4d.
//
// Solidity: function slash(address node, uint96 amount, address to) returns(uint96 taken)
func (nodeRegistry *NodeRegistry) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := nodeRegistry.abi.Unpack("slash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlashBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa344e831.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashBond(address node, uint96 amount, address to) returns()
func (nodeRegistry *NodeRegistry) PackSlashBond(node common.Address, amount *big.Int, to common.Address) []byte {
	enc, err := nodeRegistry.abi.Pack("slashBond", node, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa344e831.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashBond(address node, uint96 amount, address to) returns()
func (nodeRegistry *NodeRegistry) TryPackSlashBond(node common.Address, amount *big.Int, to common.Address) ([]byte, error) {
	return nodeRegistry.abi.Pack("slashBond", node, amount, to)
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61f129ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint96 amount) returns()
func (nodeRegistry *NodeRegistry) PackStake(amount *big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("stake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61f129ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint96 amount) returns()
func (nodeRegistry *NodeRegistry) TryPackStake(amount *big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("stake", amount)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (nodeRegistry *NodeRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := nodeRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (nodeRegistry *NodeRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return nodeRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (nodeRegistry *NodeRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := nodeRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (nodeRegistry *NodeRegistry) PackToken() []byte {
	enc, err := nodeRegistry.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (nodeRegistry *NodeRegistry) TryPackToken() ([]byte, error) {
	return nodeRegistry.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (nodeRegistry *NodeRegistry) UnpackToken(data []byte) (common.Address, error) {
	out, err := nodeRegistry.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint32)
func (nodeRegistry *NodeRegistry) PackUnbondingDelay() []byte {
	enc, err := nodeRegistry.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint32)
func (nodeRegistry *NodeRegistry) TryPackUnbondingDelay() ([]byte, error) {
	return nodeRegistry.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint32)
func (nodeRegistry *NodeRegistry) UnpackUnbondingDelay(data []byte) (uint32, error) {
	out, err := nodeRegistry.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackUpdateProfile is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0923015.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateProfile(uint8 roles, string endpoint, (uint16,uint32,uint16,string) hw, uint96 hourlyRate) returns()
func (nodeRegistry *NodeRegistry) PackUpdateProfile(roles uint8, endpoint string, hw Hardware, hourlyRate *big.Int) []byte {
	enc, err := nodeRegistry.abi.Pack("updateProfile", roles, endpoint, hw, hourlyRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateProfile is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0923015.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateProfile(uint8 roles, string endpoint, (uint16,uint32,uint16,string) hw, uint96 hourlyRate) returns()
func (nodeRegistry *NodeRegistry) TryPackUpdateProfile(roles uint8, endpoint string, hw Hardware, hourlyRate *big.Int) ([]byte, error) {
	return nodeRegistry.abi.Pack("updateProfile", roles, endpoint, hw, hourlyRate)
}

// PackWithdrawUnbonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e373bef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawUnbonded() returns()
func (nodeRegistry *NodeRegistry) PackWithdrawUnbonded() []byte {
	enc, err := nodeRegistry.abi.Pack("withdrawUnbonded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawUnbonded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e373bef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawUnbonded() returns()
func (nodeRegistry *NodeRegistry) TryPackWithdrawUnbonded() ([]byte, error) {
	return nodeRegistry.abi.Pack("withdrawUnbonded")
}

// NodeRegistryBondSlashed represents a BondSlashed event raised by the NodeRegistry contract.
type NodeRegistryBondSlashed struct {
	Node   common.Address
	Amount *big.Int
	To     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const NodeRegistryBondSlashedEventName = "BondSlashed"

// ContractEventName returns the user-defined event name.
func (NodeRegistryBondSlashed) ContractEventName() string {
	return NodeRegistryBondSlashedEventName
}

// UnpackBondSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondSlashed(address indexed node, uint256 amount, address to)
func (nodeRegistry *NodeRegistry) UnpackBondSlashedEvent(log *types.Log) (*NodeRegistryBondSlashed, error) {
	event := "BondSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryBondSlashed)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryBonded represents a Bonded event raised by the NodeRegistry contract.
type NodeRegistryBonded struct {
	Node        common.Address
	Amount      *big.Int
	TotalBonded *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const NodeRegistryBondedEventName = "Bonded"

// ContractEventName returns the user-defined event name.
func (NodeRegistryBonded) ContractEventName() string {
	return NodeRegistryBondedEventName
}

// UnpackBondedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Bonded(address indexed node, uint256 amount, uint256 totalBonded)
func (nodeRegistry *NodeRegistry) UnpackBondedEvent(log *types.Log) (*NodeRegistryBonded, error) {
	event := "Bonded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryBonded)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryFrozen represents a Frozen event raised by the NodeRegistry contract.
type NodeRegistryFrozen struct {
	Node   common.Address
	Frozen bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const NodeRegistryFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (NodeRegistryFrozen) ContractEventName() string {
	return NodeRegistryFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(address indexed node, bool frozen)
func (nodeRegistry *NodeRegistry) UnpackFrozenEvent(log *types.Log) (*NodeRegistryFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryFrozen)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryMinStakeSet represents a MinStakeSet event raised by the NodeRegistry contract.
type NodeRegistryMinStakeSet struct {
	Role   uint8
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const NodeRegistryMinStakeSetEventName = "MinStakeSet"

// ContractEventName returns the user-defined event name.
func (NodeRegistryMinStakeSet) ContractEventName() string {
	return NodeRegistryMinStakeSetEventName
}

// UnpackMinStakeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinStakeSet(uint8 role, uint96 amount)
func (nodeRegistry *NodeRegistry) UnpackMinStakeSetEvent(log *types.Log) (*NodeRegistryMinStakeSet, error) {
	event := "MinStakeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryMinStakeSet)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryNodeRegistered represents a NodeRegistered event raised by the NodeRegistry contract.
type NodeRegistryNodeRegistered struct {
	Node       common.Address
	Roles      uint8
	Endpoint   string
	HourlyRate *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const NodeRegistryNodeRegisteredEventName = "NodeRegistered"

// ContractEventName returns the user-defined event name.
func (NodeRegistryNodeRegistered) ContractEventName() string {
	return NodeRegistryNodeRegisteredEventName
}

// UnpackNodeRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeRegistered(address indexed node, uint8 roles, string endpoint, uint96 hourlyRate)
func (nodeRegistry *NodeRegistry) UnpackNodeRegisteredEvent(log *types.Log) (*NodeRegistryNodeRegistered, error) {
	event := "NodeRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryNodeRegistered)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryProfileUpdated represents a ProfileUpdated event raised by the NodeRegistry contract.
type NodeRegistryProfileUpdated struct {
	Node       common.Address
	Roles      uint8
	Endpoint   string
	CpuCores   uint16
	MemoryMB   uint32
	GpuCount   uint16
	GpuModel   string
	HourlyRate *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const NodeRegistryProfileUpdatedEventName = "ProfileUpdated"

// ContractEventName returns the user-defined event name.
func (NodeRegistryProfileUpdated) ContractEventName() string {
	return NodeRegistryProfileUpdatedEventName
}

// UnpackProfileUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProfileUpdated(address indexed node, uint8 roles, string endpoint, uint16 cpuCores, uint32 memoryMB, uint16 gpuCount, string gpuModel, uint96 hourlyRate)
func (nodeRegistry *NodeRegistry) UnpackProfileUpdatedEvent(log *types.Log) (*NodeRegistryProfileUpdated, error) {
	event := "ProfileUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryProfileUpdated)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryReleased represents a Released event raised by the NodeRegistry contract.
type NodeRegistryReleased struct {
	Node   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const NodeRegistryReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (NodeRegistryReleased) ContractEventName() string {
	return NodeRegistryReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(address indexed node, uint256 amount)
func (nodeRegistry *NodeRegistry) UnpackReleasedEvent(log *types.Log) (*NodeRegistryReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryReleased)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryReputationSet represents a ReputationSet event raised by the NodeRegistry contract.
type NodeRegistryReputationSet struct {
	Node       common.Address
	Reputation uint16
	Raw        *types.Log // Blockchain specific contextual infos
}

const NodeRegistryReputationSetEventName = "ReputationSet"

// ContractEventName returns the user-defined event name.
func (NodeRegistryReputationSet) ContractEventName() string {
	return NodeRegistryReputationSetEventName
}

// UnpackReputationSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReputationSet(address indexed node, uint16 reputation)
func (nodeRegistry *NodeRegistry) UnpackReputationSetEvent(log *types.Log) (*NodeRegistryReputationSet, error) {
	event := "ReputationSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryReputationSet)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the NodeRegistry contract.
type NodeRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const NodeRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (NodeRegistryRoleAdminChanged) ContractEventName() string {
	return NodeRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (nodeRegistry *NodeRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*NodeRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryRoleGranted represents a RoleGranted event raised by the NodeRegistry contract.
type NodeRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NodeRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (NodeRegistryRoleGranted) ContractEventName() string {
	return NodeRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (nodeRegistry *NodeRegistry) UnpackRoleGrantedEvent(log *types.Log) (*NodeRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryRoleRevoked represents a RoleRevoked event raised by the NodeRegistry contract.
type NodeRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const NodeRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (NodeRegistryRoleRevoked) ContractEventName() string {
	return NodeRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (nodeRegistry *NodeRegistry) UnpackRoleRevokedEvent(log *types.Log) (*NodeRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistrySlashed represents a Slashed event raised by the NodeRegistry contract.
type NodeRegistrySlashed struct {
	Node   common.Address
	Amount *big.Int
	To     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const NodeRegistrySlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (NodeRegistrySlashed) ContractEventName() string {
	return NodeRegistrySlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed node, uint256 amount, address to)
func (nodeRegistry *NodeRegistry) UnpackSlashedEvent(log *types.Log) (*NodeRegistrySlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistrySlashed)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryStaked represents a Staked event raised by the NodeRegistry contract.
type NodeRegistryStaked struct {
	Node   common.Address
	Amount *big.Int
	Total  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const NodeRegistryStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (NodeRegistryStaked) ContractEventName() string {
	return NodeRegistryStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed node, uint256 amount, uint256 total)
func (nodeRegistry *NodeRegistry) UnpackStakedEvent(log *types.Log) (*NodeRegistryStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryStaked)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryUnbondRequested represents a UnbondRequested event raised by the NodeRegistry contract.
type NodeRegistryUnbondRequested struct {
	Node      common.Address
	Amount    *big.Int
	ReleaseAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const NodeRegistryUnbondRequestedEventName = "UnbondRequested"

// ContractEventName returns the user-defined event name.
func (NodeRegistryUnbondRequested) ContractEventName() string {
	return NodeRegistryUnbondRequestedEventName
}

// UnpackUnbondRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondRequested(address indexed node, uint256 amount, uint256 releaseAt)
func (nodeRegistry *NodeRegistry) UnpackUnbondRequestedEvent(log *types.Log) (*NodeRegistryUnbondRequested, error) {
	event := "UnbondRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryUnbondRequested)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryUnbonded represents a Unbonded event raised by the NodeRegistry contract.
type NodeRegistryUnbonded struct {
	Node   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const NodeRegistryUnbondedEventName = "Unbonded"

// ContractEventName returns the user-defined event name.
func (NodeRegistryUnbonded) ContractEventName() string {
	return NodeRegistryUnbondedEventName
}

// UnpackUnbondedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unbonded(address indexed node, uint256 amount)
func (nodeRegistry *NodeRegistry) UnpackUnbondedEvent(log *types.Log) (*NodeRegistryUnbonded, error) {
	event := "Unbonded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryUnbonded)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeRegistryUnbondingDelaySet represents a UnbondingDelaySet event raised by the NodeRegistry contract.
type NodeRegistryUnbondingDelaySet struct {
	Delay uint32
	Raw   *types.Log // Blockchain specific contextual infos
}

const NodeRegistryUnbondingDelaySetEventName = "UnbondingDelaySet"

// ContractEventName returns the user-defined event name.
func (NodeRegistryUnbondingDelaySet) ContractEventName() string {
	return NodeRegistryUnbondingDelaySetEventName
}

// UnpackUnbondingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondingDelaySet(uint32 delay)
func (nodeRegistry *NodeRegistry) UnpackUnbondingDelaySetEvent(log *types.Log) (*NodeRegistryUnbondingDelaySet, error) {
	event := "UnbondingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeRegistryUnbondingDelaySet)
	if len(log.Data) > 0 {
		if err := nodeRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (nodeRegistry *NodeRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["DelayTooLong"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackDelayTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["DelayTooShort"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackDelayTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["EmptyEndpoint"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackEmptyEndpointError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["InsufficientBond"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackInsufficientBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["InvalidAmount"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackInvalidAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["InvalidRoles"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackInvalidRolesError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NodeFrozen"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNodeFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["NothingUnbonding"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackNothingUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["ReputationOutOfRange"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackReputationOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeRegistry.abi.Errors["StillBonded"].ID.Bytes()[:4]) {
		return nodeRegistry.UnpackStillBondedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NodeRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the NodeRegistry contract.
type NodeRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func NodeRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (nodeRegistry *NodeRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*NodeRegistryAccessControlBadConfirmation, error) {
	out := new(NodeRegistryAccessControlBadConfirmation)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the NodeRegistry contract.
type NodeRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func NodeRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (nodeRegistry *NodeRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*NodeRegistryAccessControlUnauthorizedAccount, error) {
	out := new(NodeRegistryAccessControlUnauthorizedAccount)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryAlreadyRegistered represents a AlreadyRegistered error raised by the NodeRegistry contract.
type NodeRegistryAlreadyRegistered struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address node)
func NodeRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address node)
func (nodeRegistry *NodeRegistry) UnpackAlreadyRegisteredError(raw []byte) (*NodeRegistryAlreadyRegistered, error) {
	out := new(NodeRegistryAlreadyRegistered)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryDelayTooLong represents a DelayTooLong error raised by the NodeRegistry contract.
type NodeRegistryDelayTooLong struct {
	Have uint32
	Max  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelayTooLong(uint32 have, uint32 max)
func NodeRegistryDelayTooLongErrorID() common.Hash {
	return common.HexToHash("0xee4ed64344626a76c6addada306240d404f1f4882c40ea4fbc786f14dbd7d622")
}

// UnpackDelayTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelayTooLong(uint32 have, uint32 max)
func (nodeRegistry *NodeRegistry) UnpackDelayTooLongError(raw []byte) (*NodeRegistryDelayTooLong, error) {
	out := new(NodeRegistryDelayTooLong)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "DelayTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryDelayTooShort represents a DelayTooShort error raised by the NodeRegistry contract.
type NodeRegistryDelayTooShort struct {
	Have uint32
	Min  uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DelayTooShort(uint32 have, uint32 min)
func NodeRegistryDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0xf788e06d64bdcd63c45b5d58f08d51d5d8c403d1c30ecf90d4a37092849facaf")
}

// UnpackDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DelayTooShort(uint32 have, uint32 min)
func (nodeRegistry *NodeRegistry) UnpackDelayTooShortError(raw []byte) (*NodeRegistryDelayTooShort, error) {
	out := new(NodeRegistryDelayTooShort)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "DelayTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryEmptyEndpoint represents a EmptyEndpoint error raised by the NodeRegistry contract.
type NodeRegistryEmptyEndpoint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyEndpoint()
func NodeRegistryEmptyEndpointErrorID() common.Hash {
	return common.HexToHash("0x885062b4124923c24341625f393990c96d5ec5acfd741cdac55cfd39b8ae9603")
}

// UnpackEmptyEndpointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyEndpoint()
func (nodeRegistry *NodeRegistry) UnpackEmptyEndpointError(raw []byte) (*NodeRegistryEmptyEndpoint, error) {
	out := new(NodeRegistryEmptyEndpoint)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "EmptyEndpoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryInsufficientBond represents a InsufficientBond error raised by the NodeRegistry contract.
type NodeRegistryInsufficientBond struct {
	Node common.Address
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBond(address node, uint256 have, uint256 want)
func NodeRegistryInsufficientBondErrorID() common.Hash {
	return common.HexToHash("0xfbc2ab43d940d058f8add51b3003bf694b6e3be9482cc4a273b1b9f4b670ba66")
}

// UnpackInsufficientBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBond(address node, uint256 have, uint256 want)
func (nodeRegistry *NodeRegistry) UnpackInsufficientBondError(raw []byte) (*NodeRegistryInsufficientBond, error) {
	out := new(NodeRegistryInsufficientBond)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "InsufficientBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryInsufficientStake represents a InsufficientStake error raised by the NodeRegistry contract.
type NodeRegistryInsufficientStake struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 have, uint256 want)
func NodeRegistryInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 have, uint256 want)
func (nodeRegistry *NodeRegistry) UnpackInsufficientStakeError(raw []byte) (*NodeRegistryInsufficientStake, error) {
	out := new(NodeRegistryInsufficientStake)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryInvalidAmount represents a InvalidAmount error raised by the NodeRegistry contract.
type NodeRegistryInvalidAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAmount()
func NodeRegistryInvalidAmountErrorID() common.Hash {
	return common.HexToHash("0x2c5211c6cb73b16841677a034781e8336d18ce66df858e54153c86854e11f7b8")
}

// UnpackInvalidAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAmount()
func (nodeRegistry *NodeRegistry) UnpackInvalidAmountError(raw []byte) (*NodeRegistryInvalidAmount, error) {
	out := new(NodeRegistryInvalidAmount)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "InvalidAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryInvalidRoles represents a InvalidRoles error raised by the NodeRegistry contract.
type NodeRegistryInvalidRoles struct {
	Roles uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRoles(uint8 roles)
func NodeRegistryInvalidRolesErrorID() common.Hash {
	return common.HexToHash("0xacd371d67d5baad469a134ea131894f5543b1fceba0b5906e6e0cfca5472ada2")
}

// UnpackInvalidRolesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRoles(uint8 roles)
func (nodeRegistry *NodeRegistry) UnpackInvalidRolesError(raw []byte) (*NodeRegistryInvalidRoles, error) {
	out := new(NodeRegistryInvalidRoles)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "InvalidRoles", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNodeFrozen represents a NodeFrozen error raised by the NodeRegistry contract.
type NodeRegistryNodeFrozen struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeFrozen(address node)
func NodeRegistryNodeFrozenErrorID() common.Hash {
	return common.HexToHash("0x7ace9070aff1d99247165b86e5ef8c231475abdb76bd00709e4d4ca3f45c73b4")
}

// UnpackNodeFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeFrozen(address node)
func (nodeRegistry *NodeRegistry) UnpackNodeFrozenError(raw []byte) (*NodeRegistryNodeFrozen, error) {
	out := new(NodeRegistryNodeFrozen)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NodeFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNotRegistered represents a NotRegistered error raised by the NodeRegistry contract.
type NodeRegistryNotRegistered struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address node)
func NodeRegistryNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address node)
func (nodeRegistry *NodeRegistry) UnpackNotRegisteredError(raw []byte) (*NodeRegistryNotRegistered, error) {
	out := new(NodeRegistryNotRegistered)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryNothingUnbonding represents a NothingUnbonding error raised by the NodeRegistry contract.
type NodeRegistryNothingUnbonding struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingUnbonding()
func NodeRegistryNothingUnbondingErrorID() common.Hash {
	return common.HexToHash("0x262b9d748fda20db08b6aa78cd2783ad16f83036900561f929b0d4a942a89706")
}

// UnpackNothingUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingUnbonding()
func (nodeRegistry *NodeRegistry) UnpackNothingUnbondingError(raw []byte) (*NodeRegistryNothingUnbonding, error) {
	out := new(NodeRegistryNothingUnbonding)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "NothingUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the NodeRegistry contract.
type NodeRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func NodeRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (nodeRegistry *NodeRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*NodeRegistryReentrancyGuardReentrantCall, error) {
	out := new(NodeRegistryReentrancyGuardReentrantCall)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryReputationOutOfRange represents a ReputationOutOfRange error raised by the NodeRegistry contract.
type NodeRegistryReputationOutOfRange struct {
	Reputation uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReputationOutOfRange(uint16 reputation)
func NodeRegistryReputationOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x41d62e2f8e82d41ac70cd6d6a69fe4c468c4a5aadd88062593240aa14aa221f5")
}

// UnpackReputationOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReputationOutOfRange(uint16 reputation)
func (nodeRegistry *NodeRegistry) UnpackReputationOutOfRangeError(raw []byte) (*NodeRegistryReputationOutOfRange, error) {
	out := new(NodeRegistryReputationOutOfRange)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "ReputationOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistrySafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the NodeRegistry contract.
type NodeRegistrySafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func NodeRegistrySafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (nodeRegistry *NodeRegistry) UnpackSafeERC20FailedOperationError(raw []byte) (*NodeRegistrySafeERC20FailedOperation, error) {
	out := new(NodeRegistrySafeERC20FailedOperation)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeRegistryStillBonded represents a StillBonded error raised by the NodeRegistry contract.
type NodeRegistryStillBonded struct {
	ReleaseAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillBonded(uint256 releaseAt)
func NodeRegistryStillBondedErrorID() common.Hash {
	return common.HexToHash("0x73e00be8fec5537b2002ef8433f451fe02effcce10a7cab6218be2f24de5ac82")
}

// UnpackStillBondedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillBonded(uint256 releaseAt)
func (nodeRegistry *NodeRegistry) UnpackStillBondedError(raw []byte) (*NodeRegistryStillBonded, error) {
	out := new(NodeRegistryStillBonded)
	if err := nodeRegistry.abi.UnpackIntoInterface(out, "StillBonded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleConsumerMetaData contains all meta data concerning the OracleConsumer contract.
var OracleConsumerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractInferenceOracle\",\"name\":\"oracle_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOracle\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Refused\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"int256[]\",\"name\":\"outputs\",\"type\":\"int256[]\"}],\"name\":\"Received\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"inputCommit\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"gasLimit\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"}],\"name\":\"ask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"followUp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastOutputs\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"\",\"type\":\"int256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"int256[]\",\"name\":\"outputs\",\"type\":\"int256[]\"}],\"name\":\"onInferenceResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"oracle\",\"outputs\":[{\"internalType\":\"contractInferenceOracle\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reasonBytes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode_\",\"type\":\"uint8\"}],\"name\":\"setMode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"setReasonBytes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "826cff1980f30e256e311d60ca5e9b5bea",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161095f38038061095f83398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516108c66100995f395f8181610117015281816102ac0152818161032a015261044001526108c65ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c806383a6deb51161006e57806383a6deb514610151578063a4c76fa81461015a578063b346224a1461016f578063cc7a085614610182578063cd9deaca14610195578063e62654e81461019e575f5ffd5b806321175b4a146100aa578063295a5212146100cf5780632af22741146100f257806360244905146101095780637dc0d1d014610112575b5f5ffd5b6100cd6100b83660046104e4565b5f805460ff191660ff92909216919091179055565b005b5f546100db9060ff1681565b60405160ff90911681526020015b60405180910390f35b6100fb60015481565b6040519081526020016100e9565b6100fb60025481565b6101397f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100e9565b6100fb60045481565b6101626101b1565b6040516100e99190610506565b6100cd61017d366004610548565b600155565b6100fb610190366004610584565b610207565b6100fb60035481565b6100cd6101ac3660046105cb565b61031f565b606060058054806020026020016040519081016040528092919081815260200182805480156101fd57602002820191905f5260205f20905b8154815260200190600101908083116101e9575b5050505050905090565b6040805160e081018252858152602081018581525f828401818152306060850190815263ffffffff888116608087019081526001600160a01b0389811660a08901908152610e1060c08a01908152995163c5efd1ad60e01b8152985160048a01529651602489015293516bffffffffffffffffffffffff1660448801529151831660648701529051811660848601529251811660a4850152935190911660c4830152917f0000000000000000000000000000000000000000000000000000000000000000169063c5efd1ad9060e40160408051808303815f875af11580156102f1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610315919061064a565b5095945050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461036e5760405163037d3e0960e61b815233600482015260240160405180910390fd5b5f5460ff1660010361039357604051638ac5ff0b60e01b815260040160405180910390fd5b5f5460ff166002036103a5575b6103a0565b5f5460ff166004036103b857600154805ffd5b600384905560048054905f6103cc8361066c565b90915550600590506103df8284836106a4565b50837fcf747a4d46d80d18a432d3c1a87d04d913d80fe9865ac3e73e359a2a5f72864b84848460405161041493929190610739565b60405180910390a25f5460ff166003036104cd5760405163c58343ef60e01b8152600481018590525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063c58343ef9060240161012060405180830381865afa15801561048e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104b291906107e6565b610100015190506104c88482620186a05f610207565b600255505b50505050565b60ff811681146104e1575f5ffd5b50565b5f602082840312156104f4575f5ffd5b81356104ff816104d3565b9392505050565b602080825282518282018190525f918401906040840190835b8181101561053d57835183526020938401939092019160010161051f565b509095945050505050565b5f60208284031215610558575f5ffd5b5035919050565b63ffffffff811681146104e1575f5ffd5b6001600160a01b03811681146104e1575f5ffd5b5f5f5f5f60808587031215610597575f5ffd5b843593506020850135925060408501356105b08161055f565b915060608501356105c081610570565b939692955090935050565b5f5f5f5f606085870312156105de575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115610602575f5ffd5b8501601f81018713610612575f5ffd5b803567ffffffffffffffff811115610628575f5ffd5b8760208260051b840101111561063c575f5ffd5b949793965060200194505050565b5f5f6040838503121561065b575f5ffd5b505080516020909101519092909150565b5f6001820161068957634e487b7160e01b5f52601160045260245ffd5b5060010190565b634e487b7160e01b5f52604160045260245ffd5b67ffffffffffffffff8311156106bc576106bc610690565b680100000000000000008311156106d5576106d5610690565b80548382558084101561070957815f528360205f20018482035f5b81811015610705575f838201556001016106f0565b5050505b505f8181526020812083915b8581101561073157823582820155602090920191600101610715565b505050505050565b83815260406020820181905281018290525f8360608301825b85811015610770578235825260209283019290910190600101610752565b509695505050505050565b604051610120810167ffffffffffffffff8111828210171561079f5761079f610690565b60405290565b80516107b081610570565b919050565b80516bffffffffffffffffffffffff811681146107b0575f5ffd5b80516107b08161055f565b80516107b0816104d3565b5f6101208284031280156107f8575f5ffd5b5061080161077b565b61080a836107a5565b8152610818602084016107b5565b6020820152610829604084016107a5565b604082015261083a606084016107d0565b606082015261084b608084016107d0565b608082015261085c60a084016107db565b60a082015261086d60c084016107a5565b60c082015260e0838101519082015261010092830151928101929092525091905056fea26469706673582212201005b8b883d0c270089578ca6ddd7fa41660bbfc3ce384f231ed615c01b1434864736f6c63430008250033",
}

// OracleConsumer is an auto generated Go binding around an Ethereum contract.
type OracleConsumer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OracleConsumer) GetABI() abi.ABI {
	return c.abi
}

// NewOracleConsumer creates a new instance of OracleConsumer.
func NewOracleConsumer() *OracleConsumer {
	parsed, err := OracleConsumerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OracleConsumer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OracleConsumer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_) returns()
func (oracleConsumer *OracleConsumer) PackConstructor(oracle_ common.Address) []byte {
	enc, err := oracleConsumer.abi.Pack("", oracle_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc7a0856.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ask(bytes32 modelId, uint256 inputCommit, uint32 gasLimit, address prover) returns(uint256 requestId)
func (oracleConsumer *OracleConsumer) PackAsk(modelId [32]byte, inputCommit *big.Int, gasLimit uint32, prover common.Address) []byte {
	enc, err := oracleConsumer.abi.Pack("ask", modelId, inputCommit, gasLimit, prover)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAsk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc7a0856.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ask(bytes32 modelId, uint256 inputCommit, uint32 gasLimit, address prover) returns(uint256 requestId)
func (oracleConsumer *OracleConsumer) TryPackAsk(modelId [32]byte, inputCommit *big.Int, gasLimit uint32, prover common.Address) ([]byte, error) {
	return oracleConsumer.abi.Pack("ask", modelId, inputCommit, gasLimit, prover)
}

// UnpackAsk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc7a0856.
//
// Solidity: function ask(bytes32 modelId, uint256 inputCommit, uint32 gasLimit, address prover) returns(uint256 requestId)
func (oracleConsumer *OracleConsumer) UnpackAsk(data []byte) (*big.Int, error) {
	out, err := oracleConsumer.abi.Unpack("ask", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFollowUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60244905.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function followUp() view returns(uint256)
func (oracleConsumer *OracleConsumer) PackFollowUp() []byte {
	enc, err := oracleConsumer.abi.Pack("followUp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFollowUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60244905.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function followUp() view returns(uint256)
func (oracleConsumer *OracleConsumer) TryPackFollowUp() ([]byte, error) {
	return oracleConsumer.abi.Pack("followUp")
}

// UnpackFollowUp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60244905.
//
// Solidity: function followUp() view returns(uint256)
func (oracleConsumer *OracleConsumer) UnpackFollowUp(data []byte) (*big.Int, error) {
	out, err := oracleConsumer.abi.Unpack("followUp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastOutputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4c76fa8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastOutputs() view returns(int256[])
func (oracleConsumer *OracleConsumer) PackLastOutputs() []byte {
	enc, err := oracleConsumer.abi.Pack("lastOutputs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastOutputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4c76fa8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastOutputs() view returns(int256[])
func (oracleConsumer *OracleConsumer) TryPackLastOutputs() ([]byte, error) {
	return oracleConsumer.abi.Pack("lastOutputs")
}

// UnpackLastOutputs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4c76fa8.
//
// Solidity: function lastOutputs() view returns(int256[])
func (oracleConsumer *OracleConsumer) UnpackLastOutputs(data []byte) ([]*big.Int, error) {
	out, err := oracleConsumer.abi.Unpack("lastOutputs", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackLastRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd9deaca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastRequest() view returns(uint256)
func (oracleConsumer *OracleConsumer) PackLastRequest() []byte {
	enc, err := oracleConsumer.abi.Pack("lastRequest")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd9deaca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastRequest() view returns(uint256)
func (oracleConsumer *OracleConsumer) TryPackLastRequest() ([]byte, error) {
	return oracleConsumer.abi.Pack("lastRequest")
}

// UnpackLastRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd9deaca.
//
// Solidity: function lastRequest() view returns(uint256)
func (oracleConsumer *OracleConsumer) UnpackLastRequest(data []byte) (*big.Int, error) {
	out, err := oracleConsumer.abi.Unpack("lastRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (oracleConsumer *OracleConsumer) PackMode() []byte {
	enc, err := oracleConsumer.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (oracleConsumer *OracleConsumer) TryPackMode() ([]byte, error) {
	return oracleConsumer.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (oracleConsumer *OracleConsumer) UnpackMode(data []byte) (uint8, error) {
	out, err := oracleConsumer.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe62654e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes32 modelId, int256[] outputs) returns()
func (oracleConsumer *OracleConsumer) PackOnInferenceResult(requestId *big.Int, modelId [32]byte, outputs []*big.Int) []byte {
	enc, err := oracleConsumer.abi.Pack("onInferenceResult", requestId, modelId, outputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnInferenceResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe62654e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onInferenceResult(uint256 requestId, bytes32 modelId, int256[] outputs) returns()
func (oracleConsumer *OracleConsumer) TryPackOnInferenceResult(requestId *big.Int, modelId [32]byte, outputs []*big.Int) ([]byte, error) {
	return oracleConsumer.abi.Pack("onInferenceResult", requestId, modelId, outputs)
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (oracleConsumer *OracleConsumer) PackOracle() []byte {
	enc, err := oracleConsumer.abi.Pack("oracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oracle() view returns(address)
func (oracleConsumer *OracleConsumer) TryPackOracle() ([]byte, error) {
	return oracleConsumer.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (oracleConsumer *OracleConsumer) UnpackOracle(data []byte) (common.Address, error) {
	out, err := oracleConsumer.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReasonBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2af22741.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reasonBytes() view returns(uint256)
func (oracleConsumer *OracleConsumer) PackReasonBytes() []byte {
	enc, err := oracleConsumer.abi.Pack("reasonBytes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReasonBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2af22741.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reasonBytes() view returns(uint256)
func (oracleConsumer *OracleConsumer) TryPackReasonBytes() ([]byte, error) {
	return oracleConsumer.abi.Pack("reasonBytes")
}

// UnpackReasonBytes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2af22741.
//
// Solidity: function reasonBytes() view returns(uint256)
func (oracleConsumer *OracleConsumer) UnpackReasonBytes(data []byte) (*big.Int, error) {
	out, err := oracleConsumer.abi.Unpack("reasonBytes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function received() view returns(uint256)
func (oracleConsumer *OracleConsumer) PackReceived() []byte {
	enc, err := oracleConsumer.abi.Pack("received")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function received() view returns(uint256)
func (oracleConsumer *OracleConsumer) TryPackReceived() ([]byte, error) {
	return oracleConsumer.abi.Pack("received")
}

// UnpackReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (oracleConsumer *OracleConsumer) UnpackReceived(data []byte) (*big.Int, error) {
	out, err := oracleConsumer.abi.Unpack("received", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 mode_) returns()
func (oracleConsumer *OracleConsumer) PackSetMode(mode uint8) []byte {
	enc, err := oracleConsumer.abi.Pack("setMode", mode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 mode_) returns()
func (oracleConsumer *OracleConsumer) TryPackSetMode(mode uint8) ([]byte, error) {
	return oracleConsumer.abi.Pack("setMode", mode)
}

// PackSetReasonBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb346224a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReasonBytes(uint256 n) returns()
func (oracleConsumer *OracleConsumer) PackSetReasonBytes(n *big.Int) []byte {
	enc, err := oracleConsumer.abi.Pack("setReasonBytes", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReasonBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb346224a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReasonBytes(uint256 n) returns()
func (oracleConsumer *OracleConsumer) TryPackSetReasonBytes(n *big.Int) ([]byte, error) {
	return oracleConsumer.abi.Pack("setReasonBytes", n)
}

// OracleConsumerReceived represents a Received event raised by the OracleConsumer contract.
type OracleConsumerReceived struct {
	RequestId *big.Int
	ModelId   [32]byte
	Outputs   []*big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const OracleConsumerReceivedEventName = "Received"

// ContractEventName returns the user-defined event name.
func (OracleConsumerReceived) ContractEventName() string {
	return OracleConsumerReceivedEventName
}

// UnpackReceivedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Received(uint256 indexed requestId, bytes32 modelId, int256[] outputs)
func (oracleConsumer *OracleConsumer) UnpackReceivedEvent(log *types.Log) (*OracleConsumerReceived, error) {
	event := "Received"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != oracleConsumer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OracleConsumerReceived)
	if len(log.Data) > 0 {
		if err := oracleConsumer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range oracleConsumer.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (oracleConsumer *OracleConsumer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oracleConsumer.abi.Errors["NotOracle"].ID.Bytes()[:4]) {
		return oracleConsumer.UnpackNotOracleError(raw[4:])
	}
	if bytes.Equal(raw[:4], oracleConsumer.abi.Errors["Refused"].ID.Bytes()[:4]) {
		return oracleConsumer.UnpackRefusedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OracleConsumerNotOracle represents a NotOracle error raised by the OracleConsumer contract.
type OracleConsumerNotOracle struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOracle(address caller)
func OracleConsumerNotOracleErrorID() common.Hash {
	return common.HexToHash("0xdf4f82405d961fcad9f2ba02ce8e436cf5eedd191691916020e727d24df31ee4")
}

// UnpackNotOracleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOracle(address caller)
func (oracleConsumer *OracleConsumer) UnpackNotOracleError(raw []byte) (*OracleConsumerNotOracle, error) {
	out := new(OracleConsumerNotOracle)
	if err := oracleConsumer.abi.UnpackIntoInterface(out, "NotOracle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OracleConsumerRefused represents a Refused error raised by the OracleConsumer contract.
type OracleConsumerRefused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Refused()
func OracleConsumerRefusedErrorID() common.Hash {
	return common.HexToHash("0x8ac5ff0bf8ef9807b77ae1c204f55cfc54a1ef5de6b0c1149bcb69153525ab21")
}

// UnpackRefusedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Refused()
func (oracleConsumer *OracleConsumer) UnpackRefusedError(raw []byte) (*OracleConsumerRefused, error) {
	out := new(OracleConsumerRefused)
	if err := oracleConsumer.abi.UnpackIntoInterface(out, "Refused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantAttackerMetaData contains all meta data concerning the ReentrantAttacker contract.
var ReentrantAttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIWithdraw\",\"name\":\"market_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attempts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractHookToken\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"hook\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractIWithdraw\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"onTokenReceived\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentered\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "a8a6b8bc460d5b9771ed66d766f9e60138",
	Bin: "0x60a0604052348015600e575f5ffd5b5060405161037a38038061037a833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516102ef61008b5f395f818160b50152818161016901526101d701526102ef5ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80632250b56a146100645780633f09775e146100795780635754a0421461009457806364dd891a1461009d57806380f55605146100b0578063eaf9600d146100ef575b5f5ffd5b610077610072366004610250565b610102565b005b6100815f5481565b6040519081526020015b60405180910390f35b61008160015481565b6100776100ab36600461027d565b610153565b6100d77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161008b565b6100776100fd36600461027d565b6101b2565b806001600160a01b031663ba84e2176040518163ffffffff1660e01b81526004015f604051808303815f87803b15801561013a575f5ffd5b505af115801561014c573d5f5f3e3d5ffd5b5050505050565b604051632e1a7d4d60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632e1a7d4d906024015f604051808303815f87803b15801561013a575f5ffd5b600154156101bd5750565b60018055604051632e1a7d4d60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632e1a7d4d906024015f604051808303815f87803b158015610220575f5ffd5b505af1925050508015610231575060015b1561024d5760015f5f8282546102479190610294565b90915550505b50565b5f60208284031215610260575f5ffd5b81356001600160a01b0381168114610276575f5ffd5b9392505050565b5f6020828403121561028d575f5ffd5b5035919050565b808201808211156102b357634e487b7160e01b5f52601160045260245ffd5b9291505056fea2646970667358221220c5ea529fe4ec57bbb06d7f2a34a7a454baa3cdaf20b589e79195dd925631246664736f6c63430008250033",
}

// ReentrantAttacker is an auto generated Go binding around an Ethereum contract.
type ReentrantAttacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantAttacker) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantAttacker creates a new instance of ReentrantAttacker.
func NewReentrantAttacker() *ReentrantAttacker {
	parsed, err := ReentrantAttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantAttacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantAttacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address market_) returns()
func (reentrantAttacker *ReentrantAttacker) PackConstructor(market_ common.Address) []byte {
	enc, err := reentrantAttacker.abi.Pack("", market_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64dd891a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack(uint256 amount) returns()
func (reentrantAttacker *ReentrantAttacker) PackAttack(amount *big.Int) []byte {
	enc, err := reentrantAttacker.abi.Pack("attack", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64dd891a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attack(uint256 amount) returns()
func (reentrantAttacker *ReentrantAttacker) TryPackAttack(amount *big.Int) ([]byte, error) {
	return reentrantAttacker.abi.Pack("attack", amount)
}

// PackAttempts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5754a042.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attempts() view returns(uint256)
func (reentrantAttacker *ReentrantAttacker) PackAttempts() []byte {
	enc, err := reentrantAttacker.abi.Pack("attempts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttempts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5754a042.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attempts() view returns(uint256)
func (reentrantAttacker *ReentrantAttacker) TryPackAttempts() ([]byte, error) {
	return reentrantAttacker.abi.Pack("attempts")
}

// UnpackAttempts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5754a042.
//
// Solidity: function attempts() view returns(uint256)
func (reentrantAttacker *ReentrantAttacker) UnpackAttempts(data []byte) (*big.Int, error) {
	out, err := reentrantAttacker.abi.Unpack("attempts", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2250b56a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hook(address token) returns()
func (reentrantAttacker *ReentrantAttacker) PackHook(token common.Address) []byte {
	enc, err := reentrantAttacker.abi.Pack("hook", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHook is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2250b56a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hook(address token) returns()
func (reentrantAttacker *ReentrantAttacker) TryPackHook(token common.Address) ([]byte, error) {
	return reentrantAttacker.abi.Pack("hook", token)
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (reentrantAttacker *ReentrantAttacker) PackMarket() []byte {
	enc, err := reentrantAttacker.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (reentrantAttacker *ReentrantAttacker) TryPackMarket() ([]byte, error) {
	return reentrantAttacker.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (reentrantAttacker *ReentrantAttacker) UnpackMarket(data []byte) (common.Address, error) {
	out, err := reentrantAttacker.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOnTokenReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaf9600d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onTokenReceived(uint256 amount) returns()
func (reentrantAttacker *ReentrantAttacker) PackOnTokenReceived(amount *big.Int) []byte {
	enc, err := reentrantAttacker.abi.Pack("onTokenReceived", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnTokenReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaf9600d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onTokenReceived(uint256 amount) returns()
func (reentrantAttacker *ReentrantAttacker) TryPackOnTokenReceived(amount *big.Int) ([]byte, error) {
	return reentrantAttacker.abi.Pack("onTokenReceived", amount)
}

// PackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentered() view returns(uint256)
func (reentrantAttacker *ReentrantAttacker) PackReentered() []byte {
	enc, err := reentrantAttacker.abi.Pack("reentered")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentered() view returns(uint256)
func (reentrantAttacker *ReentrantAttacker) TryPackReentered() ([]byte, error) {
	return reentrantAttacker.abi.Pack("reentered")
}

// UnpackReentered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f09775e.
//
// Solidity: function reentered() view returns(uint256)
func (reentrantAttacker *ReentrantAttacker) UnpackReentered(data []byte) (*big.Int, error) {
	out, err := reentrantAttacker.abi.Unpack("reentered", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ReputationWeightedMetaData contains all meta data concerning the ReputationWeighted contract.
var ReputationWeightedMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"rate\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"hours_\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"reputation\",\"type\":\"uint16\"}],\"internalType\":\"structCandidate[]\",\"name\":\"candidates\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"maxNodes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spendLimit\",\"type\":\"uint256\"}],\"name\":\"select\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"mask\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "aa2ec5793536cf64246296df2ade220fa6",
	Bin: "0x6080604052348015600e575f5ffd5b506105f88061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c806306fdde03146100385780639322ae4e14610076575b5f5ffd5b60408051808201825260138152721c995c1d5d185d1a5bdb8b5dd95a59da1d1959606a1b6020820152905161006d91906103db565b60405180910390f35b610089610084366004610410565b610097565b60405190815260200161006d565b5f83818167ffffffffffffffff8111156100b3576100b361048d565b6040519080825280602002602001820160405280156100dc578160200160208202803683370190505b5090505f8267ffffffffffffffff8111156100f9576100f961048d565b604051908082528060200260200182016040528015610122578160200160208202803683370190505b5090505f5b83811015610263575f6101508a8a84818110610145576101456104a1565b905060800201610361565b9050815b5f811180156101855750818461016b6001846104c9565b8151811061017b5761017b6104a1565b6020026020010151115b1561021c57836101966001836104c9565b815181106101a6576101a66104a1565b60200260200101518482815181106101c0576101c06104a1565b6020908102919091010152846101d76001836104c9565b815181106101e7576101e76104a1565b6020026020010151858281518110610201576102016104a1565b6020908102919091010152610215816104e2565b9050610154565b8184828151811061022f5761022f6104a1565b6020026020010181815250508285828151811061024e5761024e6104a1565b60209081029190910101525050600101610127565b505f80805b858110801561027657508882105b1561035357368b8b878481518110610290576102906104a1565b60200260200101518181106102a7576102a76104a1565b90506080020190505f8160400160208101906102c391906104f7565b63ffffffff166102d9604084016020850161051a565b6001600160601b03166102ec9190610540565b9050896102f98287610557565b1115610306575050610343565b6103108186610557565b9450868381518110610324576103246104a1565b60200260200101516001901b891798508361033e9061056a565b935050505b61034c8161056a565b9050610268565b505050505050949350505050565b5f8061037360608401604085016104f7565b63ffffffff16610389604085016020860161051a565b6001600160601b031661039c9190610540565b90506103ae6080840160608501610582565b6103bd9061ffff166001610557565b6103ca82620f4240610540565b6103d491906105a3565b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f5f5f60608587031215610423575f5ffd5b843567ffffffffffffffff811115610439575f5ffd5b8501601f81018713610449575f5ffd5b803567ffffffffffffffff81111561045f575f5ffd5b8760208260071b8401011115610473575f5ffd5b602091820198909750908601359560400135945092505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156104dc576104dc6104b5565b92915050565b5f816104f0576104f06104b5565b505f190190565b5f60208284031215610507575f5ffd5b813563ffffffff811681146103d4575f5ffd5b5f6020828403121561052a575f5ffd5b81356001600160601b03811681146103d4575f5ffd5b80820281158282048414176104dc576104dc6104b5565b808201808211156104dc576104dc6104b5565b5f6001820161057b5761057b6104b5565b5060010190565b5f60208284031215610592575f5ffd5b813561ffff811681146103d4575f5ffd5b5f826105bd57634e487b7160e01b5f52601260045260245ffd5b50049056fea2646970667358221220f69bac008fa18a03c52fd951f2ca473060f823283edfa06c9b03759fb104dfb564736f6c63430008250033",
}

// ReputationWeighted is an auto generated Go binding around an Ethereum contract.
type ReputationWeighted struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReputationWeighted) GetABI() abi.ABI {
	return c.abi
}

// NewReputationWeighted creates a new instance of ReputationWeighted.
func NewReputationWeighted() *ReputationWeighted {
	parsed, err := ReputationWeightedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReputationWeighted{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReputationWeighted) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() pure returns(string)
func (reputationWeighted *ReputationWeighted) PackName() []byte {
	enc, err := reputationWeighted.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() pure returns(string)
func (reputationWeighted *ReputationWeighted) TryPackName() ([]byte, error) {
	return reputationWeighted.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() pure returns(string)
func (reputationWeighted *ReputationWeighted) UnpackName(data []byte) (string, error) {
	out, err := reputationWeighted.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSelect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9322ae4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function select((address,uint96,uint32,uint16)[] candidates, uint256 maxNodes, uint256 spendLimit) pure returns(uint256 mask)
func (reputationWeighted *ReputationWeighted) PackSelect(candidates []Candidate, maxNodes *big.Int, spendLimit *big.Int) []byte {
	enc, err := reputationWeighted.abi.Pack("select", candidates, maxNodes, spendLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSelect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9322ae4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function select((address,uint96,uint32,uint16)[] candidates, uint256 maxNodes, uint256 spendLimit) pure returns(uint256 mask)
func (reputationWeighted *ReputationWeighted) TryPackSelect(candidates []Candidate, maxNodes *big.Int, spendLimit *big.Int) ([]byte, error) {
	return reputationWeighted.abi.Pack("select", candidates, maxNodes, spendLimit)
}

// UnpackSelect is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9322ae4e.
//
// Solidity: function select((address,uint96,uint32,uint16)[] candidates, uint256 maxNodes, uint256 spendLimit) pure returns(uint256 mask)
func (reputationWeighted *ReputationWeighted) UnpackSelect(data []byte) (*big.Int, error) {
	out, err := reputationWeighted.abi.Unpack("select", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// TaskMarketMetaData contains all meta data concerning the TaskMarket contract.
var TaskMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractNodeRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"attestQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"validatorShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"trainerBond\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"validatorStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"bidBond\",\"type\":\"uint96\"}],\"internalType\":\"structMarketParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"AlreadyBid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"AlreadyDisputed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"mask\",\"type\":\"uint256\"}],\"name\":\"BadSelection\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"BiddingClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"BiddingOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"ConflictOfInterest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DisputeDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"DisputeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"DisputeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"spent\",\"type\":\"uint64\"}],\"name\":\"EpsilonDecreased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"InvalidParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"metric\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"max\",\"type\":\"uint32\"}],\"name\":\"MetricOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NoBid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBids\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoEligibleBids\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"NoRounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCoordinator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NotEligible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPublisher\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NotSelected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"budget\",\"type\":\"uint64\"}],\"name\":\"PrivacyBudgetExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"rate\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"max\",\"type\":\"uint96\"}],\"name\":\"RateTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyBids\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"planned\",\"type\":\"uint16\"}],\"name\":\"TooManyRounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"UnknownTask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"WrongCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"got\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"want\",\"type\":\"uint32\"}],\"name\":\"WrongRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"enumTaskMarket.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"metric\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"count\",\"type\":\"uint8\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"rate\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"hours_\",\"type\":\"uint32\"}],\"name\":\"BidPlaced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bondReleased\",\"type\":\"uint256\"}],\"name\":\"BidWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ContributorSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"payNodes\",\"type\":\"bool\"}],\"name\":\"DisputeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Disputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"mask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"baseTotal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"skipped\",\"type\":\"uint256\"}],\"name\":\"NodesSelected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Paid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"attestQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"validatorShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"trainerBond\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"validatorStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"bidBond\",\"type\":\"uint96\"}],\"indexed\":false,\"internalType\":\"structMarketParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"ParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"modelCid\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"participants\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"}],\"name\":\"RoundCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"SchedulerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"metric\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"}],\"name\":\"TaskAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"modelSpecHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"dataSchemaHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"budget\",\"type\":\"uint96\"}],\"name\":\"TaskPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTaskMarket.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paidTotal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refund\",\"type\":\"uint256\"}],\"name\":\"TaskSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ValidatorPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ARBITER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BONUS_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"metric\",\"type\":\"uint32\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attestQuorum\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"rate\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"hours_\",\"type\":\"uint32\"}],\"name\":\"bid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bidBond\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"modelCid\",\"type\":\"bytes\"},{\"internalType\":\"address[]\",\"name\":\"participants\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"epsilon\",\"type\":\"uint64\"}],\"name\":\"commitRound\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"contributedRounds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"dispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"expire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getBid\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"rate\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"hours_\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"reputation\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"getPrivacy\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"epsilonBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"delta\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epsilonSpent\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"getProgress\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"attestCount\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestedAt\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"metric\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputedAt\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"disputed\",\"type\":\"bool\"},{\"internalType\":\"uint96\",\"name\":\"paidTotal\",\"type\":\"uint96\"},{\"internalType\":\"uint256\",\"name\":\"selectedMask\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"baseTotal\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"bond\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"fee\",\"type\":\"uint96\"},{\"internalType\":\"uint256\",\"name\":\"slashedMask\",\"type\":\"uint256\"}],\"internalType\":\"structTaskMarket.Progress\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"getTask\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"budget\",\"type\":\"uint96\"},{\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"biddingDeadline\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"executionDeadline\",\"type\":\"uint32\"},{\"internalType\":\"enumTaskMarket.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"minReputation\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"schedulerId\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"maxHourlyRate\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"metricThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"metricId\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"minCpuCores\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"minMemoryMB\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"minGpuCount\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"maxNodes\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"bonusBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"bidCount\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"selectedCount\",\"type\":\"uint8\"},{\"internalType\":\"contractIScheduler\",\"name\":\"scheduler\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"plannedRounds\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"validatorShareBps\",\"type\":\"uint16\"}],\"internalType\":\"structTaskMarket.Task\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"hasAttested\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextTaskId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"modelSpecHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataSchemaHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"budget\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"maxHourlyRate\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"biddingDeadline\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"executionDeadline\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"minReputation\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"metricId\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"metricThreshold\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"minCpuCores\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"minMemoryMB\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"minGpuCount\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"maxNodes\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"bonusBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"schedulerId\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"coordinator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"epsilonBudget\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"privacyDelta\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"rounds\",\"type\":\"uint16\"}],\"internalType\":\"structTaskParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractNodeRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"payNodes\",\"type\":\"bool\"}],\"name\":\"resolveDispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"roundCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"name\":\"schedulers\",\"outputs\":[{\"internalType\":\"contractIScheduler\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"select\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"treasury\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"attestQuorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"validatorShareBps\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"trainerBond\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"validatorStake\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"bidBond\",\"type\":\"uint96\"}],\"internalType\":\"structMarketParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"id\",\"type\":\"uint8\"},{\"internalType\":\"contractIScheduler\",\"name\":\"scheduler\",\"type\":\"address\"}],\"name\":\"setScheduler\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"slashContributor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trainerBond\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorStake\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"taskId\",\"type\":\"uint256\"}],\"name\":\"withdrawBid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "3f378a86bec4a3d8f3bc360ab93460ca80",
	Bin: "0x60c06040526001600455348015610014575f5ffd5b50604051615c31380380615c31833981016040819052610033916105b7565b6001600160a01b03808516608052831660a0526100505f8361008e565b5061007b7fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae8361008e565b5061008581610137565b505050506107a6565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661012e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100e63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610131565b505f5b92915050565b80516001600160a01b031661017f5760405163a8c278dd60e01b8152602060048201526008602482015267747265617375727960c01b60448201526064015b60405180910390fd5b6103e861ffff16816020015161ffff1611156101c75760405163a8c278dd60e01b815260206004820152600660248201526566656542707360d01b6044820152606401610176565b600360ff16816040015160ff1610806101ea5750600f60ff16816040015160ff16115b156102275760405163a8c278dd60e01b815260206004820152600c60248201526b61747465737451756f72756d60a01b6044820152606401610176565b606081015163ffffffff1615806102ae575060a0516001600160a01b031663db7dd35a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610277573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061029b91906106d3565b63ffffffff16816060015163ffffffff16115b156102ec5760405163a8c278dd60e01b815260206004820152600d60248201526c6469737075746557696e646f7760981b6044820152606401610176565b612710816080015161ffff16111561033b5760405163a8c278dd60e01b815260206004820152601160248201527076616c696461746f72536861726542707360781b6044820152606401610176565b8060a001516001600160601b03165f036103865760405163a8c278dd60e01b815260206004820152600b60248201526a1d1c985a5b995c909bdb9960aa1b6044820152606401610176565b8060c001516001600160601b03165f036103d45760405163a8c278dd60e01b815260206004820152600e60248201526d76616c696461746f725374616b6560901b6044820152606401610176565b8060e001516001600160601b03165f0361041b5760405163a8c278dd60e01b8152602060048201526007602482015266189a59109bdb9960ca1b6044820152606401610176565b8051600180546020840151604080860151606087015160808801516001600160a01b039097166001600160b01b031990951694909417600160a01b61ffff948516021764ffffffffff60b01b1916600160b01b60ff9092169190910263ffffffff60b81b191617600160b81b63ffffffff909416939093029290921761ffff60d81b1916600160d81b919094160292909217905560a08201516002805460c0850151600380546001600160601b0319166001600160601b0392831617905560e08601519381166001600160c01b0319909216919091176c010000000000000000000000009390911692909202919091179055517f5b7b4e713471745d2c8c1fb23a526d5dc8c0be3078550066c70730677e5532a89061053b9083906106f3565b60405180910390a150565b6001600160a01b038116811461055a575f5ffd5b50565b805161056881610546565b919050565b805161ffff81168114610568575f5ffd5b805160ff81168114610568575f5ffd5b805163ffffffff81168114610568575f5ffd5b80516001600160601b0381168114610568575f5ffd5b5f5f5f5f8486036101608112156105cc575f5ffd5b85516105d781610546565b60208701519095506105e881610546565b60408701519094506105f981610546565b9250610100605f198201121561060d575f5ffd5b5060405161010081016001600160401b038111828210171561063d57634e487b7160e01b5f52604160045260245ffd5b60405261064c6060870161055d565b815261065a6080870161056d565b602082015261066b60a0870161057e565b604082015261067c60c0870161058e565b606082015261068d60e0870161056d565b608082015261069f61010087016105a1565b60a08201526106b161012087016105a1565b60c08201526106c361014087016105a1565b60e0820152939692955090935050565b5f602082840312156106e3575f5ffd5b6106ec8261058e565b9392505050565b81516001600160a01b0316815260208083015161ffff169082015260408083015160ff16908201526060808301516101008301916107389084018263ffffffff169052565b50608083015161074e608084018261ffff169052565b5060a083015161076960a08401826001600160601b03169052565b5060c083015161078460c08401826001600160601b03169052565b5060e083015161079f60e08401826001600160601b03169052565b5092915050565b60805160a05161541661081b5f395f818161069701528181610b02015281816110fd015281816116ed0152818161263801528181612e94015281816130b0015281816133a10152818161351201528181613826015261412201525f818161093101528181611aa7015261247901526154165ff3fe608060405234801561000f575f5ffd5b5060043610610276575f3560e01c80636e4f839f11610156578063a385b477116100ca578063d547741f11610084578063d547741f146107c2578063d55be8c6146107d5578063e11efa06146107de578063fc0c546a1461092c578063fdc3d8d714610953578063fe1faae51461095c575f5ffd5b8063a385b47714610747578063a3da7c5d1461076d578063bf81bf4314610780578063c5bb030a14610793578063c946e253146107a6578063d2fda771146107b9575f5ffd5b8063839a19d91161011b578063839a19d9146106cc57806386d6282c146106df5780638df82800146106f257806391d1485414610705578063a217fddf14610718578063a37d67831461071f575f5ffd5b80636e4f839f1461063657806370a082311461066057806371beae441461067f5780637b1039991461069257806382bbcb24146106b9575f5ffd5b80632f8d659f116101ed5780634d104adf116101b25780634d104adf146104385780634d8144f61461045f578063582c7ffd146104e657806358e312c4146105e357806361d027b3146105f65780636ca214ae14610621575f5ffd5b80632f8d659f146103ba57806334b25ee2146103cd57806336568abe146103e057806338b102c9146103f357806340e58ee514610425575f5ffd5b80631d65e77e1161023e5780631d65e77e14610309578063248a9ca31461032957806324a9d853146103595780632b51b37d146103815780632e1a7d4d146103945780632f2ff15d146103a7575f5ffd5b806301cc9bea1461027a57806301ffc9a71461028f5780630b50983e146102b75780630eaaf4c8146102ca578063117f5f92146102dd575b5f5ffd5b61028d610288366004614729565b61096f565b005b6102a261029d36600461475f565b610ee1565b60405190151581526020015b60405180910390f35b61028d6102c53660046147ac565b610f17565b61028d6102d83660046147e0565b611443565b6001546102f490600160b81b900463ffffffff1681565b60405163ffffffff90911681526020016102ae565b61031c6103173660046147e0565b611753565b6040516102ae919061482b565b61034b6103373660046147e0565b5f9081526020819052604090206001015490565b6040519081526020016102ae565b60015461036e90600160a01b900461ffff1681565b60405161ffff90911681526020016102ae565b61028d61038f366004614a73565b6119d3565b61028d6103a23660046147e0565b6119f8565b61028d6103b5366004614aa1565b611ada565b61034b6103c8366004614acf565b611b04565b61028d6103db366004614aee565b6124b9565b61028d6103ee366004614aa1565b6126ba565b60025461040d90600160601b90046001600160601b031681565b6040516001600160601b0390911681526020016102ae565b61028d6104333660046147e0565b6126f2565b61034b7fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae81565b6104bc61046d3660046147e0565b5f818152600b6020908152604091829020825160608101845290546001600160401b03808216808452600160401b83048216948401859052600160801b90920416919093018190529193909250565b604080516001600160401b03948516815292841660208401529216918101919091526060016102ae565b6105a26104f4366004614b11565b5f82815260096020908152604080832084845282528083208151808301835290546001600160a01b0380821683526001600160601b03600160a01b9092048216838601908152888752600a865284872084519092168752908552948390208351608081018552905460ff8116825263ffffffff61010082041695820186905261ffff600160281b820416948201859052600160381b9004909116606090910152519251919092959194509250565b604080516001600160a01b0390951685526001600160601b03909316602085015263ffffffff9091169183019190915261ffff1660608201526080016102ae565b60035461040d906001600160601b031681565b600154610609906001600160a01b031681565b6040516001600160a01b0390911681526020016102ae565b60015461036e90600160d81b900461ffff1681565b61034b610644366004614b11565b600e60209081525f928352604080842090915290825290205481565b61034b61066e366004614b31565b60066020525f908152604090205481565b61028d61068d366004614ba9565b61278b565b6106097f000000000000000000000000000000000000000000000000000000000000000081565b61028d6106c7366004614c80565b612bb3565b61028d6106da3660046147e0565b612c23565b61028d6106ed3660046147e0565b612f04565b61028d6107003660046147e0565b613088565b6102a2610713366004614aa1565b61312c565b61034b5f81565b61060961072d366004614caa565b60056020525f90815260409020546001600160a01b031681565b60015461075b90600160b01b900460ff1681565b60405160ff90911681526020016102ae565b61028d61077b366004614aa1565b613154565b61028d61078e3660046147e0565b613405565b61034b6107a1366004614aa1565b613596565b60025461040d906001600160601b031681565b61036e61138881565b61028d6107d0366004614aa1565b613647565b61036e6103e881565b61091f6107ec3660046147e0565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810191909152505f90815260086020908152604091829020825161018081018452815460ff808216835263ffffffff610100808404821696850196909652600160281b8304811696840196909652600160481b820486166060840152600160681b82049095166080830152600160881b8104909416151560a08201526001600160601b03600160901b909404841660c0820152600182015460e0820152600282015480851693820193909352600160601b9092048316610120830152600381015490921661014082015260049091015461016082015290565b6040516102ae9190614cc3565b6106097f000000000000000000000000000000000000000000000000000000000000000081565b61034b60045481565b6102a261096a366004614aa1565b61366b565b5f610979846136ce565b905060026001820154600160e01b900460ff16600881111561099d5761099d6147f7565b146109d9578381600101601c9054906101000a900460ff1660405163a5d15e1f60e01b81526004016109d0929190614dce565b60405180910390fd5b6001810154600160c01b900463ffffffff16421115610a1f57600181015460405163bfb22adf60e01b8152600160c01b90910463ffffffff1660048201526024016109d0565b5f8481526008602052604081208054909161010090910463ffffffff1690819003610a6057604051639c64d2fb60e01b8152600481018790526024016109d0565b5f868152600e6020908152604080832063ffffffff85168452909152902054858114610aa9576040516324f53acf60e11b815260048101879052602481018290526044016109d0565b61271063ffffffff86161115610ae257604051632d5ebd0f60e11b815263ffffffff8616600482015261271060248201526044016109d0565b60405163263e6deb60e01b81523360048083019190915260248201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063263e6deb9060440160c060405180830381865afa158015610b4f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b739190614e3a565b80519091501580610b96575060035460208201516001600160601b039182169116105b15610bb657604051633b4f6e2b60e21b81523360048201526024016109d0565b5f888152600a6020908152604080832033845290915290205460ff1615610bf257604051636d5ebfe960e11b81523360048201526024016109d0565b835460ff165f5b8160ff16811015610c51575f8a8152600c60209081526040808320848452909152902054336001600160a01b0390911603610c495760405163db47a44960e01b81523360048201526024016109d0565b600101610bf9565b505f633b9aca0083602001516001600160601b0316610c709190614f04565b610c7b906001614f23565b6040805160608101825233815263ffffffff8b16602082015291925081016001600160401b038311610cad5782610cb6565b6001600160401b035b6001600160401b039081169091525f8c8152600c6020908152604080832060ff8816845282529182902084518154928601519590930151909316600160c01b026001600160c01b0363ffffffff909516600160a01b026001600160c01b03199092166001600160a01b03909316929092171792909216919091179055610d3b82614f36565b865460ff191660ff821690811788556040805163ffffffff8c168152602081019290925291935033918c917f41ea21984183ab9b9a5739bdc54febb78cd42c198bef229525dc7eb33113fa08910160405180910390a3600387015460ff600160d01b909104811690831610610ed557604051632f92ebe960e01b815260076004820152602481018b905260ff831660448201525f9073__$ddcdbf03b15091762aa0bf2642276c14a9$__90632f92ebe990606401602060405180830381865af4158015610e0a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e2e9190614f54565b87546cffffffffffffffff00000000001916600160481b63ffffffff83811691820268ffffffff0000000000191692909217600160281b42841602178a5560018b018054600360e01b60ff60e01b1990911617905560028b015460408051838152600160601b9092049093169091101560208201529192508c917ff066cf24e2b7e4de68a768064d8bd67534358ddd161fb259ca3857ad4135747c910160405180910390a2505b50505050505050505050565b5f6001600160e01b03198216637965db0b60e01b1480610f1157506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f610f21846136ce565b9050600180820154600160e01b900460ff166008811115610f4457610f446147f7565b14610f77578381600101601c9054906101000a900460ff1660405163a5d15e1f60e01b81526004016109d0929190614dce565b6001810154600160a01b900463ffffffff16421115610fbd57600181015460405163c9a980c160e01b8152600160a01b90910463ffffffff1660048201526024016109d0565b60028101546001600160601b03908116908416111561100857600281015460405163fa2f89ad60e01b81526001600160601b03808616600483015290911660248201526044016109d0565b63ffffffff8216158061102257506001600160601b038316155b156110565760405163a8c278dd60e01b8152602060048201526003602482015262189a5960ea1b60448201526064016109d0565b5f848152600a602090815260408083203384529091529020805460ff161561109357604051630c5ee1c760e11b81523360048201526024016109d0565b6002820154600160e81b900460ff16608081106110c35760405163f9910d2b60e01b815260040160405180910390fd5b600254604051638c59c30960e01b815233600482015260016024820152600160601b9091046001600160601b031660448201819052905f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638c59c3099060640160c0604051808303815f875af115801561114b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061116f9190614e3a565b805190915015806111a45750600254611194906001600160601b038085169116614f23565b81602001516001600160601b0316105b806111c557506001850154604082015161ffff600160e81b90920482169116105b806111e657506002850154606082015161ffff600160901b90920482169116105b8061120957506002850154608082015163ffffffff600160a01b90920482169116105b8061122a5750600285015460a082015161ffff600160c01b90920482169116105b1561124a57604051633a1c154560e01b81523360048201526024016109d0565b611255836001614f23565b60028601805460ff92909216600160e81b0260ff60e81b199092169190911790556040805180820182523381526001600160601b03808a1660208084019182525f8d81526009825285812089825290915284902092519051909116600160a01b026001600160a01b0391909116179055805160808101909152806112da856001614f23565b60ff1681526020018763ffffffff168152602001826040015161ffff168152602001836001600160601b031681525060076003015f8a81526020019081526020015f205f336001600160a01b03166001600160a01b031681526020019081526020015f205f820151815f015f6101000a81548160ff021916908360ff1602179055506020820151815f0160016101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160056101000a81548161ffff021916908361ffff1602179055506060820151815f0160076101000a8154816001600160601b0302191690836001600160601b03160217905550905050336001600160a01b0316887fdb27237249f549aae0d044a43545f423c609d90b7216e9f6208d7d2e86aa617d858a8a604051611431939291909283526001600160601b0391909116602083015263ffffffff16604082015260600190565b60405180910390a35050505050505050565b5f61144d826136ce565b5f838152600a60209081526040808320338452909152812080549293509160ff169081900361149157604051637bc4e0cd60e11b81523360048201526024016109d0565b8154600160381b90046001600160601b0316600180850154600160e01b900460ff1660088111156114c4576114c46147f7565b036116195760028401545f906114e690600190600160e81b900460ff16614f6f565b9050806114f4600185614f6f565b146115ad575f8681526009602081815260408084208585528083528185208251808401909352546001600160a01b0381168352600160a01b90046001600160601b0316828401528a85529290915291829190611551600188614f6f565b815260208082019290925260409081015f9081208451948401516001600160601b0316600160a01b026001600160a01b039586161790558a8152600a83528181209451909316835292905220805460ff851660ff199091161790555b5f8681526009602090815260408083208484528252808320839055888352600a82528083203384529091529020805472ffffffffffffffffffffffffffffffffffffff1916905560028501805460ff909216600160e81b0260ff60e81b19909216919091179055611689565b6001600160601b038116158061164e5750611635600183614f6f565b5f868152600860205260409020600190810154911b1615155b1561166e57604051637bc4e0cd60e11b81523360048201526024016109d0565b825472ffffffffffffffffffffffff00000000000000191683555b6040516001600160601b0382168152339086907f8f8619524e8d462cead34604bd2247ede24175801481e4d0b8059ac8aa41c3019060200160405180910390a360405163c8d0944760e01b81523360048201526001600160601b03821660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063c8d09447906044015f604051808303815f87803b158015611736575f5ffd5b505af1158015611748573d5f5f3e3d5ffd5b505050505050505050565b60408051610300810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810182905261028081018290526102a081018290526102c081018290526102e08101919091525f8281526007602090815260409182902082516103008101845281546001600160a01b038082168352600160a01b918290046001600160601b03169483019490945260018301549384169482019490945292820463ffffffff9081166060850152600160c01b83041660808401529060a0830190600160e01b900460ff1660088111156118a2576118a26147f7565b60088111156118b3576118b36147f7565b8152600182015461ffff600160e81b8083048216602085015260ff600160f81b9093048316604085015260028501546001600160601b038116606086015263ffffffff600160601b820481166080870152600160801b8204841660a0870152600160901b8204841660c0870152600160a01b808304821660e0880152600160c01b83048516610100880152600160d01b8084048716610120890152600160d81b80850487166101408a015285850488166101608a0152600160f01b90940487166101808901526003909801546001600160a01b0381166101a089015290810485166101c0880152600160b01b81049091166101e0870152958604909316610200850152918404811661022084015292049091166102409091015292915050565b5f6119dd8161371d565b6119f46119ef36849003840184614f8d565b613727565b5050565b611a00613b46565b335f90815260066020526040902054811580611a1b57508082115b15611a435760405163cf47918160e01b815260048101829052602481018390526044016109d0565b611a4d8282614f6f565b335f81815260066020526040908190209290925590517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590611a929085815260200190565b60405180910390a2611ace6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384613b7d565b50611ad7613bb2565b50565b5f82815260208190526040902060010154611af48161371d565b611afe8383613bdc565b50505050565b5f611b0d613b46565b611b1d6060830160408401615033565b6001600160601b03165f03611b5e5760405163a8c278dd60e01b8152602060048201526006602482015265189d5919d95d60d21b60448201526064016109d0565b42611b6f60a084016080850161504e565b63ffffffff16111580611bac5750611b8d60a083016080840161504e565b63ffffffff16611ba360c0840160a0850161504e565b63ffffffff1611155b15611be65760405163a8c278dd60e01b8152602060048201526009602482015268646561646c696e657360b81b60448201526064016109d0565b611bf86101a083016101808401614caa565b60ff161580611c1b57506040611c166101a084016101808501614caa565b60ff16115b15611c545760405163a8c278dd60e01b81526020600482015260086024820152676d61784e6f64657360c01b60448201526064016109d0565b611388611c696101c084016101a08501615069565b61ffff161115611ca75760405163a8c278dd60e01b8152602060048201526008602482015267626f6e757342707360c01b60448201526064016109d0565b612710611cba60e0840160c08501615069565b61ffff161115611cfd5760405163a8c278dd60e01b815260206004820152600d60248201526c36b4b72932b83aba30ba34b7b760991b60448201526064016109d0565b612710611d126101208401610100850161504e565b63ffffffff161115611d595760405163a8c278dd60e01b815260206004820152600f60248201526e1b595d1c9a58d51a1c995cda1bdb19608a1b60448201526064016109d0565b611d6b61026083016102408401615069565b61ffff165f03611da75760405163a8c278dd60e01b8152602060048201526006602482015265726f756e647360d01b60448201526064016109d0565b5f600581611dbd6101e086016101c08701614caa565b60ff16815260208101919091526040015f20546001600160a01b0316905080611e175760405163a8c278dd60e01b815260206004820152600b60248201526a1cd8da19591d5b195c925960aa1b60448201526064016109d0565b611e2961022084016102008501615084565b6001600160401b031615611e8557611e4961024084016102208501615084565b6001600160401b03161580611e805750670de0b6b3a7640000611e7461024085016102208601615084565b6001600160401b031610155b611ea3565b611e9761024084016102208501615084565b6001600160401b031615155b15611edb5760405163a8c278dd60e01b81526020600482015260076024820152667072697661637960c81b60448201526064016109d0565b60048054905f611eea8361509d565b909155505f818152600760205260409081902080546001600160a01b03191633178155919350611f209060608601908601615033565b81546001600160601b0391909116600160a01b026001600160a01b039091161781555f611f5561020086016101e08701614b31565b6001600160a01b031614611f7a57611f7561020085016101e08601614b31565b611f7c565b335b6001820180546001600160a01b0319166001600160a01b0392909216919091179055611fae60a085016080860161504e565b60018201805463ffffffff92909216600160a01b0263ffffffff60a01b19909216919091179055611fe560c0850160a0860161504e565b60018201805463ffffffff92909216600160c01b0260ff60e01b191664ffffffffff60c01b1990921691909117600160e01b17905561202a60e0850160c08601615069565b60018201805461ffff92909216600160e81b0261ffff60e81b1990921691909117905561205f6101e085016101c08601614caa565b60018201805460ff92909216600160f81b026001600160f81b039092169190911790556120926080850160608601615033565b6002820180546001600160601b0319166001600160601b03929092169190911790556120c66101208501610100860161504e565b60028201805463ffffffff92909216600160601b0263ffffffff60601b199092169190911790556120fe610100850160e08601615069565b60028201805461ffff92909216600160801b0261ffff60801b1990921691909117905561213361014085016101208601615069565b60028201805461ffff92909216600160901b0261ffff60901b199092169190911790556121686101608501610140860161504e565b60028201805463ffffffff92909216600160a01b0263ffffffff60a01b199092169190911790556121a161018085016101608601615069565b60028201805461ffff92909216600160c01b0261ffff60c01b199092169190911790556121d66101a085016101808601614caa565b60028201805460ff92909216600160d01b0260ff60d01b199092169190911790556122096101c085016101a08601615069565b60028201805461ffff60d81b1916600160d81b61ffff938416021790556003820180546001600160a01b031981166001600160a01b0386169081178355600180546001600160b01b0319909316909117600160a01b9283900490941690910292909217808255825463ffffffff60b01b198216600160b81b90910463ffffffff16600160b01b9081029182178455935464ffffffffff60b01b1990921660ff60d01b199091161792900460ff16600160d01b029190911790556122d461026085016102408601615069565b60038201805461ffff928316600160d81b90810261ffff60d81b19831681178455600154600160e81b9290049094160261ffff60e81b1990931663ffffffff60d81b199091161791909117905561233361022085016102008601615084565b6001600160401b0316156123f95760408051606081019091528061235f61022087016102008801615084565b6001600160401b0316815260200161237f61024087016102208801615084565b6001600160401b0390811682525f6020928301819052868152600b8352604090819020845181549486015195909201518316600160801b0267ffffffffffffffff60801b19958416600160401b026fffffffffffffffffffffffffffffffff19909516929093169190911792909217929092169190911790555b33837fb759609ffb05da8bef85456d23dbbb802092c4cdea4ba4cb4069afb0b06ca75c8635602088013561243360608a0160408b01615033565b6040805193845260208401929092526001600160601b03169082015260600160405180910390a36124aa333061246f6060880160408901615033565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169291906001600160601b0316613c6b565b50506124b4613bb2565b919050565b7fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae6124e38161371d565b5f6124ed846136ce565b905060046001820154600160e01b900460ff166008811115612511576125116147f7565b14612544578381600101601c9054906101000a900460ff1660405163a5d15e1f60e01b81526004016109d0929190614dce565b60038101545f85815260086020526040812054909161257b9163ffffffff600160b01b909204821691600160681b90910416614f23565b90508042106125a057604051632b410a7b60e01b8152600481018290526024016109d0565b847f5a87909bff68caaaaf0b3fd9c74eeccc928832f879315e5c6fb7a73612f26c0c856040516125d4911515815260200190565b60405180910390a283156125fc5760018201805460ff60e01b1916600360e01b1790556126b3565b61260885836008613ca1565b5f858152600860205260409081902060010154905163273b239f60e11b8152600760048201526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016602482015260448101879052606481019190915273__$ddcdbf03b15091762aa0bf2642276c14a9$__90634e76473e906084015f6040518083038186803b1580156126a1575f5ffd5b505af4158015611748573d5f5f3e3d5ffd5b5050505050565b6001600160a01b03811633146126e35760405163334bd91960e11b815260040160405180910390fd5b6126ed8282613d4f565b505050565b5f6126fc826136ce565b80549091506001600160a01b0316331461272b5760405163e35593b560e01b81523360048201526024016109d0565b600180820154600160e01b900460ff16600881111561274c5761274c6147f7565b1461277f578181600101601c9054906101000a900460ff1660405163a5d15e1f60e01b81526004016109d0929190614dce565b6119f482826006613ca1565b5f612795886136ce565b905060026001820154600160e01b900460ff1660088111156127b9576127b96147f7565b146127ec578781600101601c9054906101000a900460ff1660405163a5d15e1f60e01b81526004016109d0929190614dce565b60018101546001600160a01b0316331461281b5760405163f01654df60e01b81523360048201526024016109d0565b6001810154600160c01b900463ffffffff1642111561286157600181015460405163bfb22adf60e01b8152600160c01b90910463ffffffff1660048201526024016109d0565b84158061286e5750608085115b156128a75760405163a8c278dd60e01b81526020600482015260086024820152671b5bd9195b10da5960c21b60448201526064016109d0565b5f8390036128e75760405163a8c278dd60e01b815260206004820152600c60248201526b7061727469636970616e747360a01b60448201526064016109d0565b5f888152600860205260409020805461290c90610100900463ffffffff1660016150b5565b63ffffffff168863ffffffff1614612961578054889061293890610100900463ffffffff1660016150b5565b604051633f1ccd8d60e01b815263ffffffff9283166004820152911660248201526044016109d0565b6003820154600160d81b900461ffff1663ffffffff891611156129b557600382015460405163283b5d9160e21b815263ffffffff8a166004820152600160d81b90910461ffff1660248201526044016109d0565b5f898152600b60205260408120805490916001600160401b0390911690819003612a20576001600160401b03851615612a1b5760405163a8c278dd60e01b815260206004820152600760248201526632b839b4b637b760c91b60448201526064016109d0565b612ade565b806001600160401b0316856001600160401b03161115612a665760405163644b6f6760e01b81526001600160401b038087166004830152821660248201526044016109d0565b81546001600160401b03600160801b90910481169086161015612aba5781546040516370528da960e01b81526001600160401b038088166004830152600160801b90920490911660248201526044016109d0565b815467ffffffffffffffff60801b1916600160801b6001600160401b038716021782555b612aee8b84600101548989613db8565b825464ffffffff00191661010063ffffffff8c1602178355604051612b1f908a908a908a908a908a906020016150d1565b60405160208183030381529060405280519060200120600e5f8d81526020019081526020015f205f8c63ffffffff1681526020019081526020015f20819055508963ffffffff168b7f927d073fcfeea6eb7d83b65d42b8f84d4ba7614a91f2ddac0b5226a0044d6df38b8b8b8b8b604051612b9e9594939291906150d1565b60405180910390a35050505050505050505050565b5f612bbd8161371d565b60ff83165f8181526005602090815260409182902080546001600160a01b0319166001600160a01b03871690811790915591519182527fd99fa52a582c0f2d269910ee5892ef78540b773ada37eeca9e132450614d08d4910160405180910390a2505050565b5f612c2d826136ce565b9050600180820154600160e01b900460ff166008811115612c5057612c506147f7565b14612c83578181600101601c9054906101000a900460ff1660405163a5d15e1f60e01b81526004016109d0929190614dce565b80546001600160a01b03163314801590612cae57506001810154600160a01b900463ffffffff164211155b15612ce0576001810154604051633fdc28db60e11b8152600160a01b90910463ffffffff1660048201526024016109d0565b6002810154600160e81b900460ff165f819003612d105760405163c3bc404360e01b815260040160405180910390fd5b6002546001600160601b03165f80612d29868585613f1d565b600387015460028801549294509092505f916001600160a01b03821691639322ae4e918691600160d01b90910460ff1690612d7190600160a01b900461ffff16612710615163565b8a5461ffff9190911690612d9790600160a01b90046001600160601b031661271061517d565b612da19190614f04565b6040518463ffffffff1660e01b8152600401612dbf93929190615194565b602060405180830381865afa158015612dda573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612dfe919061522e565b90505f5f5f612e0e868686614305565b925092509250612e248a8a848487518c8a61449c565b897fec278c53c7c2db655784108f04c415c61857e03b0771fd1d2f87f157ec55d316838551848a518d612e579190614f6f565b60408051948552602085019390935291830152606082015260800160405180910390a2604051600162ed423960e01b031981526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ff12bdc790612ecb9086908b90600401615288565b5f604051808303815f87803b158015612ee2575f5ffd5b505af1158015612ef4573d5f5f3e3d5ffd5b5050505050505050505050505050565b5f612f0e826136ce565b80549091506001600160a01b03163314612f3d5760405163e35593b560e01b81523360048201526024016109d0565b60036001820154600160e01b900460ff166008811115612f5f57612f5f6147f7565b14612f92578181600101601c9054906101000a900460ff1660405163a5d15e1f60e01b81526004016109d0929190614dce565b5f8281526008602052604090208054600160881b900460ff1615612fcc5760405163981e7f1f60e01b8152600481018490526024016109d0565b600382015481545f91612ff79163ffffffff600160b01b909204821691600160281b90910416614f23565b905080421061301c57604051630fff5b3f60e31b8152600481018290526024016109d0565b815463ffffffff4216600160681b0264ffffffffff60681b1990911617600160881b17825560018301805460ff60e01b1916600160e21b179055604051339085907fcde8e21e97a7f6ec4bbf0ee44450212e0ba73be8fdfbfb2b155e861d86756bac905f90a350505050565b600154604051638e6e3e5d60e01b815260076004820152600660248201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116604483015290911660648201526084810182905273__$ddcdbf03b15091762aa0bf2642276c14a9$__90638e6e3e5d9060a4015f6040518083038186803b15801561311a575f5ffd5b505af41580156126b3573d5f5f3e3d5ffd5b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b7fbb08418a67729a078f87bbc8d02a770929bb68f5bfdf134ae2ead6ed38e2f4ae61317e8161371d565b5f613188846136ce565b6001810154909150600160e01b900460ff1660028160088111156131ae576131ae6147f7565b141580156131ce575060038160088111156131cb576131cb6147f7565b14155b80156131ec575060048160088111156131e9576131e96147f7565b14155b1561320e57848160405163a5d15e1f60e01b81526004016109d0929190614dce565b5f858152600860209081526040808320600a83528184206001600160a01b0389168552909252822054909160ff90911690811561325957613250600183614f6f565b6001901b61325b565b5f5b905080158061326e575060018301548116155b156132975760405163f3e1c26160e01b81526001600160a01b03881660048201526024016109d0565b60048301548116156132c757604051632417a04760e11b81526001600160a01b03881660048201526024016109d0565b600483018054821790555f888152600a602090815260408083206001600160a01b038b168452909152812054600285015461331c916001600160601b03600160381b909104811691600160601b9004166152b2565b6040516001600160601b03821681529091506001600160a01b038916908a907ffeccf7c63505854687542512f24e6a23f5ab30525da98548efb4a80d3b84a67a9060200160405180910390a360015460405163a344e83160e01b81526001600160a01b038a811660048301526001600160601b038416602483015291821660448201527f00000000000000000000000000000000000000000000000000000000000000009091169063a344e831906064015f604051808303815f87803b1580156133e4575f5ffd5b505af11580156133f6573d5f5f3e3d5ffd5b50505050505050505050505050565b5f61340f826136ce565b600181810154919250600160e01b90910460ff1690816008811115613436576134366147f7565b1415801561345657506002816008811115613453576134536147f7565b14155b1561347857828160405163a5d15e1f60e01b81526004016109d0929190614dce565b6001820154600160c01b900463ffffffff1642116134bd576001820154604051631f98655760e21b8152600160c01b90910463ffffffff1660048201526024016109d0565b6134c983836007613ca1565b60028160088111156134dd576134dd6147f7565b036126ed575f838152600860205260409081902060010154905163273b239f60e11b8152600760048201526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016602482015260448101859052606481019190915273__$ddcdbf03b15091762aa0bf2642276c14a9$__90634e76473e906084015f6040518083038186803b15801561357b575f5ffd5b505af415801561358d573d5f5f3e3d5ffd5b50505050505050565b5f828152600a602090815260408083206001600160a01b038516845290915281205460ff168015806135e657506135ce600182614f6f565b5f858152600860205260409020600190810154911b16155b156135f4575f915050610f11565b6135ff600182614f6f565b61360d90600f16601061517d565b5f858152600d60205260408120906004613628600186614f6f565b901c81526020019081526020015f2054901c61ffff1691505092915050565b5f828152602081905260409020600101546136618161371d565b611afe8383613d4f565b5f8281526008602052604081205460ff16815b818110156136c4575f858152600c602090815260408083208484529091529020546001600160a01b038086169116036136bc57600192505050610f11565b60010161367e565b505f949350505050565b5f818152600760205260408120906001820154600160e01b900460ff1660088111156136fc576136fc6147f7565b036124b457604051634899e04360e01b8152600481018390526024016109d0565b611ad781336145be565b80516001600160a01b031661376a5760405163a8c278dd60e01b8152602060048201526008602482015267747265617375727960c01b60448201526064016109d0565b6103e861ffff16816020015161ffff1611156137b25760405163a8c278dd60e01b815260206004820152600660248201526566656542707360d01b60448201526064016109d0565b600360ff16816040015160ff1610806137d55750600f60ff16816040015160ff16115b156138125760405163a8c278dd60e01b815260206004820152600c60248201526b61747465737451756f72756d60a01b60448201526064016109d0565b606081015163ffffffff1615806138b757507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663db7dd35a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015613880573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906138a49190614f54565b63ffffffff16816060015163ffffffff16115b156138f55760405163a8c278dd60e01b815260206004820152600d60248201526c6469737075746557696e646f7760981b60448201526064016109d0565b612710816080015161ffff1611156139445760405163a8c278dd60e01b815260206004820152601160248201527076616c696461746f72536861726542707360781b60448201526064016109d0565b8060a001516001600160601b03165f0361398f5760405163a8c278dd60e01b815260206004820152600b60248201526a1d1c985a5b995c909bdb9960aa1b60448201526064016109d0565b8060c001516001600160601b03165f036139dd5760405163a8c278dd60e01b815260206004820152600e60248201526d76616c696461746f725374616b6560901b60448201526064016109d0565b8060e001516001600160601b03165f03613a245760405163a8c278dd60e01b8152602060048201526007602482015266189a59109bdb9960ca1b60448201526064016109d0565b8051600180546020840151604080860151606087015160808801516001600160a01b039097166001600160b01b031990951694909417600160a01b61ffff948516021764ffffffffff60b01b1916600160b01b60ff9092169190910263ffffffff60b81b191617600160b81b63ffffffff909416939093029290921761ffff60d81b1916600160d81b919094160292909217905560a08201516002805460c0850151600380546001600160601b0319166001600160601b0392831617905560e08601519381166001600160c01b031990921691909117600160601b9390911692909202919091179055517f5b7b4e713471745d2c8c1fb23a526d5dc8c0be3078550066c70730677e5532a890613b3b9083906152d1565b60405180910390a150565b613b4e6145f7565b613b7b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614637565b565b613b8a838383600161463e565b6126ed57604051635274afe760e01b81526001600160a01b03841660048201526024016109d0565b613b7b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00613b75565b5f613be7838361312c565b613c64575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055613c1c3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610f11565b505f610f11565b613c798484848460016146a0565b611afe57604051635274afe760e01b81526001600160a01b03851660048201526024016109d0565b60018201805482919060ff60e01b1916600160e01b836008811115613cc857613cc86147f7565b021790555081546001600160a01b0381165f9081526006602052604081208054600160a01b9093046001600160601b031692839290613d08908490614f23565b92505081905550837fe8697cd260153e1117b73ca4791bae6507c0418554aa14af96c85ab914a58aa68383604051613d4192919061537d565b60405180910390a250505050565b5f613d5a838361312c565b15613c64575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610f11565b5f805b82811015613f15575f868152600a6020526040812081868685818110613de357613de3615398565b9050602002016020810190613df89190614b31565b6001600160a01b0316815260208101919091526040015f9081205460ff169150819003613e6b57848483818110613e3157613e31615398565b9050602002016020810190613e469190614b31565b60405163f3e1c26160e01b81526001600160a01b0390911660048201526024016109d0565b5f613e77600183614f6f565b6001901b90508681161580613e8d575083811615155b15613ea457858584818110613e3157613e31615398565b92831792613eb3600183614f6f565b613ec190600f16601061517d565b5f898152600d6020526040812060019283901b92909190600490613ee59087614f6f565b901c81526020019081526020015f205f828254613f029190614f23565b909155505060019092019150613dbb9050565b505050505050565b6060805f846001600160401b03811115613f3957613f39614de2565b604051908082528060200260200182016040528015613f8957816020015b604080516080810182525f8082526020808301829052928201819052606082015282525f19909201910181613f575790505b5090505f856001600160401b03811115613fa557613fa5614de2565b604051908082528060200260200182016040528015613fce578160200160208202803683370190505b5090505f5b86811015614108575f88815260096020908152604080832084845282528083208151808301835290546001600160a01b0380821683526001600160601b03600160a01b90920482168386019081528e8752600a8652848720845183168852865295849020845160808082018752915460ff8116825263ffffffff61010082048116838a0190815261ffff600160281b84048116858b01908152600160381b90940488166060808701919091528a519687018b52895190971686529a519096169884019890985293519096169481019490945290519094169382019390935285518690859081106140c5576140c5615398565b6020026020010181905250815f01518484815181106140e6576140e6615398565b6001600160a01b03909216602092830291909101909101525050600101613fd3565b506040516325aac21160e21b81525f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906396ab08449061415c9085906001908b906004016153ac565b602060405180830381865afa158015614177573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061419b919061522e565b90505f876001600160401b038111156141b6576141b6614de2565b6040519080825280602002602001820160405280156141df578160200160208202803683370190505b509450876001600160401b038111156141fa576141fa614de2565b60405190808252806020026020018201604052801561424a57816020015b604080516080810182525f8082526020808301829052928201819052606082015282525f199092019101816142185790505b5095505f5b888110156142d2576001811b8316156142ca5784818151811061427457614274615398565b602002602001015187838151811061428e5761428e615398565b6020026020010181905250808683815181106142ac576142ac615398565b60ff909216602092830291909101909101526142c78261509d565b91505b60010161424f565b50805f036142f3576040516313a55ac560e31b815260040160405180910390fd5b80865280855250505050935093915050565b82516060905f908190841580614328575061010081108015614328575084811c15155b15614349576040516359f0d4e960e11b8152600481018690526024016109d0565b806001600160401b0381111561436157614361614de2565b60405190808252806020026020018201604052801561438a578160200160208202803683370190505b5093505f805b8281101561448d576001811b871615614485578881815181106143b5576143b5615398565b60200260200101516040015163ffffffff168982815181106143d9576143d9615398565b6020026020010151602001516001600160601b03166143f8919061517d565b6144029085614f23565b935087818151811061441657614416615398565b602002602001015160ff166001901b8517945088818151811061443b5761443b615398565b60200260200101515f01518683806144529061509d565b94508151811061446457614464615398565b60200260200101906001600160a01b031690816001600160a01b0316815250505b600101614390565b50808552505093509350939050565b60038601545f90612710906144bc90600160a01b900461ffff168761517d565b6144c69190614f04565b6002880154909150600160d01b900460ff168411806144fe57508654600160a01b90046001600160601b03166144fc8287614f23565b115b1561451f576040516359f0d4e960e11b8152600481018390526024016109d0565b6001870180546002919060ff60e01b1916600160e01b8302179055506002968701805460ff909516600160f01b0260ff60f01b1990951694909417909355505f95865260086020526040909520600181019390935592820180546001600160601b03958616600160601b026001600160c01b0319909116928616929092179190911790556003018054919092166001600160601b031991909116179055565b6145c8828261312c565b6119f45760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016109d0565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15613b7b57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316614694578383151615614688573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166146fc5783831516156146f0573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b63ffffffff81168114611ad7575f5ffd5b80356124b48161470d565b5f5f5f6060848603121561473b575f5ffd5b833592506020840135915060408401356147548161470d565b809150509250925092565b5f6020828403121561476f575f5ffd5b81356001600160e01b031981168114614786575f5ffd5b9392505050565b6001600160601b0381168114611ad7575f5ffd5b80356124b48161478d565b5f5f5f606084860312156147be575f5ffd5b8335925060208401356147d08161478d565b915060408401356147548161470d565b5f602082840312156147f0575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b6009811061482757634e487b7160e01b5f52602160045260245ffd5b9052565b81516001600160a01b031681526103008101602083015161485760208401826001600160601b03169052565b50604083015161487260408401826001600160a01b03169052565b50606083015161488a606084018263ffffffff169052565b5060808301516148a2608084018263ffffffff169052565b5060a08301516148b560a084018261480b565b5060c08301516148cb60c084018261ffff169052565b5060e08301516148e060e084018260ff169052565b506101008301516148fd6101008401826001600160601b03169052565b5061012083015161491761012084018263ffffffff169052565b5061014083015161492f61014084018261ffff169052565b5061016083015161494761016084018261ffff169052565b5061018083015161496161018084018263ffffffff169052565b506101a08301516149796101a084018261ffff169052565b506101c08301516149906101c084018260ff169052565b506101e08301516149a86101e084018261ffff169052565b506102008301516149bf61020084018260ff169052565b506102208301516149d661022084018260ff169052565b506102408301516149f36102408401826001600160a01b03169052565b50610260830151614a0b61026084018261ffff169052565b50610280830151614a2561028084018263ffffffff169052565b506102a0830151614a3c6102a084018260ff169052565b506102c0830151614a546102c084018261ffff169052565b506102e0830151614a6c6102e084018261ffff169052565b5092915050565b5f610100828403128015614a85575f5ffd5b509092915050565b6001600160a01b0381168114611ad7575f5ffd5b5f5f60408385031215614ab2575f5ffd5b823591506020830135614ac481614a8d565b809150509250929050565b5f610260828403128015614a85575f5ffd5b8015158114611ad7575f5ffd5b5f5f60408385031215614aff575f5ffd5b823591506020830135614ac481614ae1565b5f5f60408385031215614b22575f5ffd5b50508035926020909101359150565b5f60208284031215614b41575f5ffd5b813561478681614a8d565b5f5f83601f840112614b5c575f5ffd5b5081356001600160401b03811115614b72575f5ffd5b6020830191508360208260051b8501011115614b8c575f5ffd5b9250929050565b80356001600160401b03811681146124b4575f5ffd5b5f5f5f5f5f5f5f60a0888a031215614bbf575f5ffd5b873596506020880135614bd18161470d565b955060408801356001600160401b03811115614beb575f5ffd5b8801601f81018a13614bfb575f5ffd5b80356001600160401b03811115614c10575f5ffd5b8a6020828401011115614c21575f5ffd5b6020919091019550935060608801356001600160401b03811115614c43575f5ffd5b614c4f8a828b01614b4c565b9094509250614c62905060808901614b93565b905092959891949750929550565b803560ff811681146124b4575f5ffd5b5f5f60408385031215614c91575f5ffd5b614c9a83614c70565b91506020830135614ac481614a8d565b5f60208284031215614cba575f5ffd5b61478682614c70565b815160ff16815261018081016020830151614ce6602084018263ffffffff169052565b506040830151614cfe604084018263ffffffff169052565b506060830151614d16606084018263ffffffff169052565b506080830151614d2e608084018263ffffffff169052565b5060a0830151614d4260a084018215159052565b5060c0830151614d5d60c08401826001600160601b03169052565b5060e083015160e0830152610100830151614d846101008401826001600160601b03169052565b50610120830151614da16101208401826001600160601b03169052565b50610140830151614dbe6101408401826001600160601b03169052565b5061016092830151919092015290565b82815260408101614786602083018461480b565b634e487b7160e01b5f52604160045260245ffd5b60405161010081016001600160401b0381118282101715614e2557634e487b7160e01b5f52604160045260245ffd5b60405290565b61ffff81168114611ad7575f5ffd5b5f60c0828403128015614e4b575f5ffd5b5060405160c081016001600160401b0381118282101715614e7a57634e487b7160e01b5f52604160045260245ffd5b6040528251614e8881614ae1565b81526020830151614e988161478d565b60208201526040830151614eab81614e2b565b60408201526060830151614ebe81614e2b565b60608201526080830151614ed18161470d565b608082015260a0830151614ee481614e2b565b60a08201529392505050565b634e487b7160e01b5f52601160045260245ffd5b5f82614f1e57634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115610f1157610f11614ef0565b5f60ff821660ff8103614f4b57614f4b614ef0565b60010192915050565b5f60208284031215614f64575f5ffd5b81516147868161470d565b81810381811115610f1157610f11614ef0565b80356124b481614e2b565b5f610100828403128015614f9f575f5ffd5b50614fa8614df6565b8235614fb381614a8d565b8152614fc160208401614f82565b6020820152614fd260408401614c70565b6040820152614fe36060840161471e565b6060820152614ff460808401614f82565b608082015261500560a084016147a1565b60a082015261501660c084016147a1565b60c082015261502760e084016147a1565b60e08201529392505050565b5f60208284031215615043575f5ffd5b81356147868161478d565b5f6020828403121561505e575f5ffd5b81356147868161470d565b5f60208284031215615079575f5ffd5b813561478681614e2b565b5f60208284031215615094575f5ffd5b61478682614b93565b5f600182016150ae576150ae614ef0565b5060010190565b63ffffffff8181168382160190811115610f1157610f11614ef0565b60608152846060820152848660808301375f60808683018101829052601f19601f8801168301838103820160208501529081018590528590829060a0015b8682101561514057823561512281614a8d565b6001600160a01b03168152602092830192600192909201910161510f565b6001600160401b03861660408601529250615159915050565b9695505050505050565b61ffff8181168382160190811115610f1157610f11614ef0565b8082028115828204841417610f1157610f11614ef0565b606080825284519082018190525f9060208601906080840190835b8181101561520c57835180516001600160a01b031684526020808201516001600160601b03168186015260408083015163ffffffff169086015260609182015161ffff1691850191909152909301926080909201916001016151af565b505060ff8616602085015291506152209050565b826040830152949350505050565b5f6020828403121561523e575f5ffd5b5051919050565b5f8151808452602084019350602083015f5b8281101561527e5781516001600160a01b0316865260209586019590910190600101615257565b5093949350505050565b604081525f61529a6040830185615245565b90506001600160601b03831660208301529392505050565b6001600160601b038181168382160190811115610f1157610f11614ef0565b81516001600160a01b0316815260208083015161ffff169082015260408083015160ff16908201526060808301516101008301916153169084018263ffffffff169052565b50608083015161532c608084018261ffff169052565b5060a083015161534760a08401826001600160601b03169052565b5060c083015161536260c08401826001600160601b03169052565b5060e0830151614a6c60e08401826001600160601b03169052565b6040810161538b828561480b565b8260208301529392505050565b634e487b7160e01b5f52603260045260245ffd5b606081525f6153be6060830186615245565b905060ff841660208301526001600160601b038316604083015294935050505056fea2646970667358221220938265abe5c4d25f4de8958120e828f270f22c4db2c7b49e66ba82724946fa5564736f6c63430008250033",
	Deps: []*bind.MetaData{
		&MarketSettlementMetaData,
	},
}

// TaskMarket is an auto generated Go binding around an Ethereum contract.
type TaskMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TaskMarket) GetABI() abi.ABI {
	return c.abi
}

// NewTaskMarket creates a new instance of TaskMarket.
func NewTaskMarket() *TaskMarket {
	parsed, err := TaskMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TaskMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TaskMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address registry_, address admin, (address,uint16,uint8,uint32,uint16,uint96,uint96,uint96) params) returns()
func (taskMarket *TaskMarket) PackConstructor(token_ common.Address, registry_ common.Address, admin common.Address, params MarketParams) []byte {
	enc, err := taskMarket.abi.Pack("", token_, registry_, admin, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackARBITERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d104adf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (taskMarket *TaskMarket) PackARBITERROLE() []byte {
	enc, err := taskMarket.abi.Pack("ARBITER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackARBITERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d104adf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (taskMarket *TaskMarket) TryPackARBITERROLE() ([]byte, error) {
	return taskMarket.abi.Pack("ARBITER_ROLE")
}

// UnpackARBITERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d104adf.
//
// Solidity: function ARBITER_ROLE() view returns(bytes32)
func (taskMarket *TaskMarket) UnpackARBITERROLE(data []byte) ([32]byte, error) {
	out, err := taskMarket.abi.Unpack("ARBITER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (taskMarket *TaskMarket) PackDEFAULTADMINROLE() []byte {
	enc, err := taskMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (taskMarket *TaskMarket) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return taskMarket.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (taskMarket *TaskMarket) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := taskMarket.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXBONUSBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2fda771.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BONUS_BPS() view returns(uint16)
func (taskMarket *TaskMarket) PackMAXBONUSBPS() []byte {
	enc, err := taskMarket.abi.Pack("MAX_BONUS_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBONUSBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2fda771.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BONUS_BPS() view returns(uint16)
func (taskMarket *TaskMarket) TryPackMAXBONUSBPS() ([]byte, error) {
	return taskMarket.abi.Pack("MAX_BONUS_BPS")
}

// UnpackMAXBONUSBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2fda771.
//
// Solidity: function MAX_BONUS_BPS() view returns(uint16)
func (taskMarket *TaskMarket) UnpackMAXBONUSBPS(data []byte) (uint16, error) {
	out, err := taskMarket.abi.Unpack("MAX_BONUS_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (taskMarket *TaskMarket) PackMAXFEEBPS() []byte {
	enc, err := taskMarket.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (taskMarket *TaskMarket) TryPackMAXFEEBPS() ([]byte, error) {
	return taskMarket.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (taskMarket *TaskMarket) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := taskMarket.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01cc9bea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attest(uint256 taskId, bytes32 commitment, uint32 metric) returns()
func (taskMarket *TaskMarket) PackAttest(taskId *big.Int, commitment [32]byte, metric uint32) []byte {
	enc, err := taskMarket.abi.Pack("attest", taskId, commitment, metric)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01cc9bea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attest(uint256 taskId, bytes32 commitment, uint32 metric) returns()
func (taskMarket *TaskMarket) TryPackAttest(taskId *big.Int, commitment [32]byte, metric uint32) ([]byte, error) {
	return taskMarket.abi.Pack("attest", taskId, commitment, metric)
}

// PackAttestQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa385b477.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestQuorum() view returns(uint8)
func (taskMarket *TaskMarket) PackAttestQuorum() []byte {
	enc, err := taskMarket.abi.Pack("attestQuorum")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa385b477.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestQuorum() view returns(uint8)
func (taskMarket *TaskMarket) TryPackAttestQuorum() ([]byte, error) {
	return taskMarket.abi.Pack("attestQuorum")
}

// UnpackAttestQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa385b477.
//
// Solidity: function attestQuorum() view returns(uint8)
func (taskMarket *TaskMarket) UnpackAttestQuorum(data []byte) (uint8, error) {
	out, err := taskMarket.abi.Unpack("attestQuorum", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (taskMarket *TaskMarket) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := taskMarket.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (taskMarket *TaskMarket) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (taskMarket *TaskMarket) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b50983e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bid(uint256 taskId, uint96 rate, uint32 hours_) returns()
func (taskMarket *TaskMarket) PackBid(taskId *big.Int, rate *big.Int, hours uint32) []byte {
	enc, err := taskMarket.abi.Pack("bid", taskId, rate, hours)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b50983e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bid(uint256 taskId, uint96 rate, uint32 hours_) returns()
func (taskMarket *TaskMarket) TryPackBid(taskId *big.Int, rate *big.Int, hours uint32) ([]byte, error) {
	return taskMarket.abi.Pack("bid", taskId, rate, hours)
}

// PackBidBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38b102c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bidBond() view returns(uint96)
func (taskMarket *TaskMarket) PackBidBond() []byte {
	enc, err := taskMarket.abi.Pack("bidBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBidBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38b102c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bidBond() view returns(uint96)
func (taskMarket *TaskMarket) TryPackBidBond() ([]byte, error) {
	return taskMarket.abi.Pack("bidBond")
}

// UnpackBidBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38b102c9.
//
// Solidity: function bidBond() view returns(uint96)
func (taskMarket *TaskMarket) UnpackBidBond(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("bidBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 taskId) returns()
func (taskMarket *TaskMarket) PackCancel(taskId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("cancel", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 taskId) returns()
func (taskMarket *TaskMarket) TryPackCancel(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("cancel", taskId)
}

// PackCommitRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71beae44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitRound(uint256 taskId, uint32 round, bytes modelCid, address[] participants, uint64 epsilon) returns()
func (taskMarket *TaskMarket) PackCommitRound(taskId *big.Int, round uint32, modelCid []byte, participants []common.Address, epsilon uint64) []byte {
	enc, err := taskMarket.abi.Pack("commitRound", taskId, round, modelCid, participants, epsilon)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71beae44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitRound(uint256 taskId, uint32 round, bytes modelCid, address[] participants, uint64 epsilon) returns()
func (taskMarket *TaskMarket) TryPackCommitRound(taskId *big.Int, round uint32, modelCid []byte, participants []common.Address, epsilon uint64) ([]byte, error) {
	return taskMarket.abi.Pack("commitRound", taskId, round, modelCid, participants, epsilon)
}

// PackContributedRounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5bb030a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributedRounds(uint256 taskId, address node) view returns(uint256)
func (taskMarket *TaskMarket) PackContributedRounds(taskId *big.Int, node common.Address) []byte {
	enc, err := taskMarket.abi.Pack("contributedRounds", taskId, node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributedRounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5bb030a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributedRounds(uint256 taskId, address node) view returns(uint256)
func (taskMarket *TaskMarket) TryPackContributedRounds(taskId *big.Int, node common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("contributedRounds", taskId, node)
}

// UnpackContributedRounds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5bb030a.
//
// Solidity: function contributedRounds(uint256 taskId, address node) view returns(uint256)
func (taskMarket *TaskMarket) UnpackContributedRounds(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("contributedRounds", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(uint256 taskId) returns()
func (taskMarket *TaskMarket) PackDispute(taskId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("dispute", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(uint256 taskId) returns()
func (taskMarket *TaskMarket) TryPackDispute(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("dispute", taskId)
}

// PackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeWindow() view returns(uint32)
func (taskMarket *TaskMarket) PackDisputeWindow() []byte {
	enc, err := taskMarket.abi.Pack("disputeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117f5f92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeWindow() view returns(uint32)
func (taskMarket *TaskMarket) TryPackDisputeWindow() ([]byte, error) {
	return taskMarket.abi.Pack("disputeWindow")
}

// UnpackDisputeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x117f5f92.
//
// Solidity: function disputeWindow() view returns(uint32)
func (taskMarket *TaskMarket) UnpackDisputeWindow(data []byte) (uint32, error) {
	out, err := taskMarket.abi.Unpack("disputeWindow", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf81bf43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expire(uint256 taskId) returns()
func (taskMarket *TaskMarket) PackExpire(taskId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("expire", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf81bf43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expire(uint256 taskId) returns()
func (taskMarket *TaskMarket) TryPackExpire(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("expire", taskId)
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint16)
func (taskMarket *TaskMarket) PackFeeBps() []byte {
	enc, err := taskMarket.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint16)
func (taskMarket *TaskMarket) TryPackFeeBps() ([]byte, error) {
	return taskMarket.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint16)
func (taskMarket *TaskMarket) UnpackFeeBps(data []byte) (uint16, error) {
	out, err := taskMarket.abi.Unpack("feeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGetBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x582c7ffd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBid(uint256 taskId, uint256 index) view returns(address node, uint96 rate, uint32 hours_, uint16 reputation)
func (taskMarket *TaskMarket) PackGetBid(taskId *big.Int, index *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("getBid", taskId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x582c7ffd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBid(uint256 taskId, uint256 index) view returns(address node, uint96 rate, uint32 hours_, uint16 reputation)
func (taskMarket *TaskMarket) TryPackGetBid(taskId *big.Int, index *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("getBid", taskId, index)
}

// GetBidOutput serves as a container for the return parameters of contract
// method GetBid.
type GetBidOutput struct {
	Node       common.Address
	Rate       *big.Int
	Hours      uint32
	Reputation uint16
}

// UnpackGetBid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x582c7ffd.
//
// Solidity: function getBid(uint256 taskId, uint256 index) view returns(address node, uint96 rate, uint32 hours_, uint16 reputation)
func (taskMarket *TaskMarket) UnpackGetBid(data []byte) (GetBidOutput, error) {
	out, err := taskMarket.abi.Unpack("getBid", data)
	outstruct := new(GetBidOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Node = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Rate = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Hours = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.Reputation = *abi.ConvertType(out[3], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackGetPrivacy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d8144f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPrivacy(uint256 taskId) view returns(uint64 epsilonBudget, uint64 delta, uint64 epsilonSpent)
func (taskMarket *TaskMarket) PackGetPrivacy(taskId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("getPrivacy", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPrivacy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d8144f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPrivacy(uint256 taskId) view returns(uint64 epsilonBudget, uint64 delta, uint64 epsilonSpent)
func (taskMarket *TaskMarket) TryPackGetPrivacy(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("getPrivacy", taskId)
}

// GetPrivacyOutput serves as a container for the return parameters of contract
// method GetPrivacy.
type GetPrivacyOutput struct {
	EpsilonBudget uint64
	Delta         uint64
	EpsilonSpent  uint64
}

// UnpackGetPrivacy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d8144f6.
//
// Solidity: function getPrivacy(uint256 taskId) view returns(uint64 epsilonBudget, uint64 delta, uint64 epsilonSpent)
func (taskMarket *TaskMarket) UnpackGetPrivacy(data []byte) (GetPrivacyOutput, error) {
	out, err := taskMarket.abi.Unpack("getPrivacy", data)
	outstruct := new(GetPrivacyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.EpsilonBudget = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Delta = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.EpsilonSpent = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackGetProgress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe11efa06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProgress(uint256 taskId) view returns((uint8,uint32,uint32,uint32,uint32,bool,uint96,uint256,uint96,uint96,uint96,uint256))
func (taskMarket *TaskMarket) PackGetProgress(taskId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("getProgress", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProgress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe11efa06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProgress(uint256 taskId) view returns((uint8,uint32,uint32,uint32,uint32,bool,uint96,uint256,uint96,uint96,uint96,uint256))
func (taskMarket *TaskMarket) TryPackGetProgress(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("getProgress", taskId)
}

// UnpackGetProgress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe11efa06.
//
// Solidity: function getProgress(uint256 taskId) view returns((uint8,uint32,uint32,uint32,uint32,bool,uint96,uint256,uint96,uint96,uint96,uint256))
func (taskMarket *TaskMarket) UnpackGetProgress(data []byte) (TaskMarketProgress, error) {
	out, err := taskMarket.abi.Unpack("getProgress", data)
	if err != nil {
		return *new(TaskMarketProgress), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketProgress)).(*TaskMarketProgress)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (taskMarket *TaskMarket) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := taskMarket.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (taskMarket *TaskMarket) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return taskMarket.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (taskMarket *TaskMarket) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := taskMarket.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d65e77e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTask(uint256 taskId) view returns((address,uint96,address,uint32,uint32,uint8,uint16,uint8,uint96,uint32,uint16,uint16,uint32,uint16,uint8,uint16,uint8,uint8,address,uint16,uint32,uint8,uint16,uint16))
func (taskMarket *TaskMarket) PackGetTask(taskId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("getTask", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d65e77e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTask(uint256 taskId) view returns((address,uint96,address,uint32,uint32,uint8,uint16,uint8,uint96,uint32,uint16,uint16,uint32,uint16,uint8,uint16,uint8,uint8,address,uint16,uint32,uint8,uint16,uint16))
func (taskMarket *TaskMarket) TryPackGetTask(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("getTask", taskId)
}

// UnpackGetTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d65e77e.
//
// Solidity: function getTask(uint256 taskId) view returns((address,uint96,address,uint32,uint32,uint8,uint16,uint8,uint96,uint32,uint16,uint16,uint32,uint16,uint8,uint16,uint8,uint8,address,uint16,uint32,uint8,uint16,uint16))
func (taskMarket *TaskMarket) UnpackGetTask(data []byte) (TaskMarketTask, error) {
	out, err := taskMarket.abi.Unpack("getTask", data)
	if err != nil {
		return *new(TaskMarketTask), err
	}
	out0 := *abi.ConvertType(out[0], new(TaskMarketTask)).(*TaskMarketTask)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (taskMarket *TaskMarket) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := taskMarket.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (taskMarket *TaskMarket) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("grantRole", role, account)
}

// PackHasAttested is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe1faae5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasAttested(uint256 taskId, address validator) view returns(bool)
func (taskMarket *TaskMarket) PackHasAttested(taskId *big.Int, validator common.Address) []byte {
	enc, err := taskMarket.abi.Pack("hasAttested", taskId, validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasAttested is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe1faae5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasAttested(uint256 taskId, address validator) view returns(bool)
func (taskMarket *TaskMarket) TryPackHasAttested(taskId *big.Int, validator common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("hasAttested", taskId, validator)
}

// UnpackHasAttested is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe1faae5.
//
// Solidity: function hasAttested(uint256 taskId, address validator) view returns(bool)
func (taskMarket *TaskMarket) UnpackHasAttested(data []byte) (bool, error) {
	out, err := taskMarket.abi.Unpack("hasAttested", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (taskMarket *TaskMarket) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := taskMarket.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (taskMarket *TaskMarket) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (taskMarket *TaskMarket) UnpackHasRole(data []byte) (bool, error) {
	out, err := taskMarket.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackNextTaskId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdc3d8d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextTaskId() view returns(uint256)
func (taskMarket *TaskMarket) PackNextTaskId() []byte {
	enc, err := taskMarket.abi.Pack("nextTaskId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextTaskId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdc3d8d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextTaskId() view returns(uint256)
func (taskMarket *TaskMarket) TryPackNextTaskId() ([]byte, error) {
	return taskMarket.abi.Pack("nextTaskId")
}

// UnpackNextTaskId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdc3d8d7.
//
// Solidity: function nextTaskId() view returns(uint256)
func (taskMarket *TaskMarket) UnpackNextTaskId(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("nextTaskId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f8d659f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish((bytes32,bytes32,uint96,uint96,uint32,uint32,uint16,uint16,uint32,uint16,uint32,uint16,uint8,uint16,uint8,address,uint64,uint64,uint16) p) returns(uint256 taskId)
func (taskMarket *TaskMarket) PackPublish(p TaskParams) []byte {
	enc, err := taskMarket.abi.Pack("publish", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f8d659f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish((bytes32,bytes32,uint96,uint96,uint32,uint32,uint16,uint16,uint32,uint16,uint32,uint16,uint8,uint16,uint8,address,uint64,uint64,uint16) p) returns(uint256 taskId)
func (taskMarket *TaskMarket) TryPackPublish(p TaskParams) ([]byte, error) {
	return taskMarket.abi.Pack("publish", p)
}

// UnpackPublish is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f8d659f.
//
// Solidity: function publish((bytes32,bytes32,uint96,uint96,uint32,uint32,uint16,uint16,uint32,uint16,uint32,uint16,uint8,uint16,uint8,address,uint64,uint64,uint16) p) returns(uint256 taskId)
func (taskMarket *TaskMarket) UnpackPublish(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("publish", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (taskMarket *TaskMarket) PackRegistry() []byte {
	enc, err := taskMarket.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (taskMarket *TaskMarket) TryPackRegistry() ([]byte, error) {
	return taskMarket.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (taskMarket *TaskMarket) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (taskMarket *TaskMarket) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := taskMarket.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (taskMarket *TaskMarket) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackResolveDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34b25ee2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveDispute(uint256 taskId, bool payNodes) returns()
func (taskMarket *TaskMarket) PackResolveDispute(taskId *big.Int, payNodes bool) []byte {
	enc, err := taskMarket.abi.Pack("resolveDispute", taskId, payNodes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34b25ee2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveDispute(uint256 taskId, bool payNodes) returns()
func (taskMarket *TaskMarket) TryPackResolveDispute(taskId *big.Int, payNodes bool) ([]byte, error) {
	return taskMarket.abi.Pack("resolveDispute", taskId, payNodes)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (taskMarket *TaskMarket) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := taskMarket.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (taskMarket *TaskMarket) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("revokeRole", role, account)
}

// PackRoundCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e4f839f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function roundCommitment(uint256 , uint256 ) view returns(bytes32)
func (taskMarket *TaskMarket) PackRoundCommitment(arg0 *big.Int, arg1 *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("roundCommitment", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoundCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e4f839f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function roundCommitment(uint256 , uint256 ) view returns(bytes32)
func (taskMarket *TaskMarket) TryPackRoundCommitment(arg0 *big.Int, arg1 *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("roundCommitment", arg0, arg1)
}

// UnpackRoundCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e4f839f.
//
// Solidity: function roundCommitment(uint256 , uint256 ) view returns(bytes32)
func (taskMarket *TaskMarket) UnpackRoundCommitment(data []byte) ([32]byte, error) {
	out, err := taskMarket.abi.Unpack("roundCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSchedulers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa37d6783.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function schedulers(uint8 ) view returns(address)
func (taskMarket *TaskMarket) PackSchedulers(arg0 uint8) []byte {
	enc, err := taskMarket.abi.Pack("schedulers", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSchedulers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa37d6783.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function schedulers(uint8 ) view returns(address)
func (taskMarket *TaskMarket) TryPackSchedulers(arg0 uint8) ([]byte, error) {
	return taskMarket.abi.Pack("schedulers", arg0)
}

// UnpackSchedulers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa37d6783.
//
// Solidity: function schedulers(uint8 ) view returns(address)
func (taskMarket *TaskMarket) UnpackSchedulers(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("schedulers", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSelect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x839a19d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function select(uint256 taskId) returns()
func (taskMarket *TaskMarket) PackSelect(taskId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("select", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSelect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x839a19d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function select(uint256 taskId) returns()
func (taskMarket *TaskMarket) TryPackSelect(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("select", taskId)
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b51b37d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((address,uint16,uint8,uint32,uint16,uint96,uint96,uint96) params) returns()
func (taskMarket *TaskMarket) PackSetParams(params MarketParams) []byte {
	enc, err := taskMarket.abi.Pack("setParams", params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b51b37d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((address,uint16,uint8,uint32,uint16,uint96,uint96,uint96) params) returns()
func (taskMarket *TaskMarket) TryPackSetParams(params MarketParams) ([]byte, error) {
	return taskMarket.abi.Pack("setParams", params)
}

// PackSetScheduler is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82bbcb24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setScheduler(uint8 id, address scheduler) returns()
func (taskMarket *TaskMarket) PackSetScheduler(id uint8, scheduler common.Address) []byte {
	enc, err := taskMarket.abi.Pack("setScheduler", id, scheduler)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetScheduler is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82bbcb24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setScheduler(uint8 id, address scheduler) returns()
func (taskMarket *TaskMarket) TryPackSetScheduler(id uint8, scheduler common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("setScheduler", id, scheduler)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 taskId) returns()
func (taskMarket *TaskMarket) PackSettle(taskId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("settle", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8df82800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 taskId) returns()
func (taskMarket *TaskMarket) TryPackSettle(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("settle", taskId)
}

// PackSlashContributor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3da7c5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashContributor(uint256 taskId, address node) returns()
func (taskMarket *TaskMarket) PackSlashContributor(taskId *big.Int, node common.Address) []byte {
	enc, err := taskMarket.abi.Pack("slashContributor", taskId, node)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashContributor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3da7c5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashContributor(uint256 taskId, address node) returns()
func (taskMarket *TaskMarket) TryPackSlashContributor(taskId *big.Int, node common.Address) ([]byte, error) {
	return taskMarket.abi.Pack("slashContributor", taskId, node)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (taskMarket *TaskMarket) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := taskMarket.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (taskMarket *TaskMarket) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return taskMarket.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (taskMarket *TaskMarket) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := taskMarket.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (taskMarket *TaskMarket) PackToken() []byte {
	enc, err := taskMarket.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (taskMarket *TaskMarket) TryPackToken() ([]byte, error) {
	return taskMarket.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (taskMarket *TaskMarket) UnpackToken(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTrainerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc946e253.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trainerBond() view returns(uint96)
func (taskMarket *TaskMarket) PackTrainerBond() []byte {
	enc, err := taskMarket.abi.Pack("trainerBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrainerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc946e253.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trainerBond() view returns(uint96)
func (taskMarket *TaskMarket) TryPackTrainerBond() ([]byte, error) {
	return taskMarket.abi.Pack("trainerBond")
}

// UnpackTrainerBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc946e253.
//
// Solidity: function trainerBond() view returns(uint96)
func (taskMarket *TaskMarket) UnpackTrainerBond(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("trainerBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (taskMarket *TaskMarket) PackTreasury() []byte {
	enc, err := taskMarket.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (taskMarket *TaskMarket) TryPackTreasury() ([]byte, error) {
	return taskMarket.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (taskMarket *TaskMarket) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := taskMarket.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackValidatorShareBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ca214ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorShareBps() view returns(uint16)
func (taskMarket *TaskMarket) PackValidatorShareBps() []byte {
	enc, err := taskMarket.abi.Pack("validatorShareBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorShareBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ca214ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorShareBps() view returns(uint16)
func (taskMarket *TaskMarket) TryPackValidatorShareBps() ([]byte, error) {
	return taskMarket.abi.Pack("validatorShareBps")
}

// UnpackValidatorShareBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ca214ae.
//
// Solidity: function validatorShareBps() view returns(uint16)
func (taskMarket *TaskMarket) UnpackValidatorShareBps(data []byte) (uint16, error) {
	out, err := taskMarket.abi.Unpack("validatorShareBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackValidatorStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58e312c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorStake() view returns(uint96)
func (taskMarket *TaskMarket) PackValidatorStake() []byte {
	enc, err := taskMarket.abi.Pack("validatorStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58e312c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorStake() view returns(uint96)
func (taskMarket *TaskMarket) TryPackValidatorStake() ([]byte, error) {
	return taskMarket.abi.Pack("validatorStake")
}

// UnpackValidatorStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58e312c4.
//
// Solidity: function validatorStake() view returns(uint96)
func (taskMarket *TaskMarket) UnpackValidatorStake(data []byte) (*big.Int, error) {
	out, err := taskMarket.abi.Unpack("validatorStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (taskMarket *TaskMarket) PackWithdraw(amount *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (taskMarket *TaskMarket) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("withdraw", amount)
}

// PackWithdrawBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaaf4c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawBid(uint256 taskId) returns()
func (taskMarket *TaskMarket) PackWithdrawBid(taskId *big.Int) []byte {
	enc, err := taskMarket.abi.Pack("withdrawBid", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaaf4c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawBid(uint256 taskId) returns()
func (taskMarket *TaskMarket) TryPackWithdrawBid(taskId *big.Int) ([]byte, error) {
	return taskMarket.abi.Pack("withdrawBid", taskId)
}

// TaskMarketAttested represents a Attested event raised by the TaskMarket contract.
type TaskMarketAttested struct {
	TaskId    *big.Int
	Validator common.Address
	Metric    uint32
	Count     uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketAttestedEventName = "Attested"

// ContractEventName returns the user-defined event name.
func (TaskMarketAttested) ContractEventName() string {
	return TaskMarketAttestedEventName
}

// UnpackAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Attested(uint256 indexed taskId, address indexed validator, uint32 metric, uint8 count)
func (taskMarket *TaskMarket) UnpackAttestedEvent(log *types.Log) (*TaskMarketAttested, error) {
	event := "Attested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketAttested)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketBidPlaced represents a BidPlaced event raised by the TaskMarket contract.
type TaskMarketBidPlaced struct {
	TaskId *big.Int
	Node   common.Address
	Index  *big.Int
	Rate   *big.Int
	Hours  uint32
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketBidPlacedEventName = "BidPlaced"

// ContractEventName returns the user-defined event name.
func (TaskMarketBidPlaced) ContractEventName() string {
	return TaskMarketBidPlacedEventName
}

// UnpackBidPlacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidPlaced(uint256 indexed taskId, address indexed node, uint256 index, uint96 rate, uint32 hours_)
func (taskMarket *TaskMarket) UnpackBidPlacedEvent(log *types.Log) (*TaskMarketBidPlaced, error) {
	event := "BidPlaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketBidPlaced)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketBidWithdrawn represents a BidWithdrawn event raised by the TaskMarket contract.
type TaskMarketBidWithdrawn struct {
	TaskId       *big.Int
	Node         common.Address
	BondReleased *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const TaskMarketBidWithdrawnEventName = "BidWithdrawn"

// ContractEventName returns the user-defined event name.
func (TaskMarketBidWithdrawn) ContractEventName() string {
	return TaskMarketBidWithdrawnEventName
}

// UnpackBidWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidWithdrawn(uint256 indexed taskId, address indexed node, uint256 bondReleased)
func (taskMarket *TaskMarket) UnpackBidWithdrawnEvent(log *types.Log) (*TaskMarketBidWithdrawn, error) {
	event := "BidWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketBidWithdrawn)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketContributorSlashed represents a ContributorSlashed event raised by the TaskMarket contract.
type TaskMarketContributorSlashed struct {
	TaskId *big.Int
	Node   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketContributorSlashedEventName = "ContributorSlashed"

// ContractEventName returns the user-defined event name.
func (TaskMarketContributorSlashed) ContractEventName() string {
	return TaskMarketContributorSlashedEventName
}

// UnpackContributorSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributorSlashed(uint256 indexed taskId, address indexed node, uint256 amount)
func (taskMarket *TaskMarket) UnpackContributorSlashedEvent(log *types.Log) (*TaskMarketContributorSlashed, error) {
	event := "ContributorSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketContributorSlashed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketDisputeResolved represents a DisputeResolved event raised by the TaskMarket contract.
type TaskMarketDisputeResolved struct {
	TaskId   *big.Int
	PayNodes bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (TaskMarketDisputeResolved) ContractEventName() string {
	return TaskMarketDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(uint256 indexed taskId, bool payNodes)
func (taskMarket *TaskMarket) UnpackDisputeResolvedEvent(log *types.Log) (*TaskMarketDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketDisputeResolved)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketDisputed represents a Disputed event raised by the TaskMarket contract.
type TaskMarketDisputed struct {
	TaskId *big.Int
	By     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketDisputedEventName = "Disputed"

// ContractEventName returns the user-defined event name.
func (TaskMarketDisputed) ContractEventName() string {
	return TaskMarketDisputedEventName
}

// UnpackDisputedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Disputed(uint256 indexed taskId, address indexed by)
func (taskMarket *TaskMarket) UnpackDisputedEvent(log *types.Log) (*TaskMarketDisputed, error) {
	event := "Disputed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketDisputed)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketNodesSelected represents a NodesSelected event raised by the TaskMarket contract.
type TaskMarketNodesSelected struct {
	TaskId    *big.Int
	Mask      *big.Int
	Count     *big.Int
	BaseTotal *big.Int
	Skipped   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketNodesSelectedEventName = "NodesSelected"

// ContractEventName returns the user-defined event name.
func (TaskMarketNodesSelected) ContractEventName() string {
	return TaskMarketNodesSelectedEventName
}

// UnpackNodesSelectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodesSelected(uint256 indexed taskId, uint256 mask, uint256 count, uint256 baseTotal, uint256 skipped)
func (taskMarket *TaskMarket) UnpackNodesSelectedEvent(log *types.Log) (*TaskMarketNodesSelected, error) {
	event := "NodesSelected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketNodesSelected)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketPaid represents a Paid event raised by the TaskMarket contract.
type TaskMarketPaid struct {
	TaskId *big.Int
	Node   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketPaidEventName = "Paid"

// ContractEventName returns the user-defined event name.
func (TaskMarketPaid) ContractEventName() string {
	return TaskMarketPaidEventName
}

// UnpackPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paid(uint256 indexed taskId, address indexed node, uint256 amount)
func (taskMarket *TaskMarket) UnpackPaidEvent(log *types.Log) (*TaskMarketPaid, error) {
	event := "Paid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketPaid)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketParamsSet represents a ParamsSet event raised by the TaskMarket contract.
type TaskMarketParamsSet struct {
	Params MarketParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketParamsSetEventName = "ParamsSet"

// ContractEventName returns the user-defined event name.
func (TaskMarketParamsSet) ContractEventName() string {
	return TaskMarketParamsSetEventName
}

// UnpackParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsSet((address,uint16,uint8,uint32,uint16,uint96,uint96,uint96) params)
func (taskMarket *TaskMarket) UnpackParamsSetEvent(log *types.Log) (*TaskMarketParamsSet, error) {
	event := "ParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketParamsSet)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketRoleAdminChanged represents a RoleAdminChanged event raised by the TaskMarket contract.
type TaskMarketRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const TaskMarketRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (TaskMarketRoleAdminChanged) ContractEventName() string {
	return TaskMarketRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (taskMarket *TaskMarket) UnpackRoleAdminChangedEvent(log *types.Log) (*TaskMarketRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketRoleGranted represents a RoleGranted event raised by the TaskMarket contract.
type TaskMarketRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TaskMarketRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (TaskMarketRoleGranted) ContractEventName() string {
	return TaskMarketRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (taskMarket *TaskMarket) UnpackRoleGrantedEvent(log *types.Log) (*TaskMarketRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketRoleGranted)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketRoleRevoked represents a RoleRevoked event raised by the TaskMarket contract.
type TaskMarketRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TaskMarketRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (TaskMarketRoleRevoked) ContractEventName() string {
	return TaskMarketRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (taskMarket *TaskMarket) UnpackRoleRevokedEvent(log *types.Log) (*TaskMarketRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketRoleRevoked)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketRoundCommitted represents a RoundCommitted event raised by the TaskMarket contract.
type TaskMarketRoundCommitted struct {
	TaskId       *big.Int
	Round        uint32
	ModelCid     []byte
	Participants []common.Address
	Epsilon      uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const TaskMarketRoundCommittedEventName = "RoundCommitted"

// ContractEventName returns the user-defined event name.
func (TaskMarketRoundCommitted) ContractEventName() string {
	return TaskMarketRoundCommittedEventName
}

// UnpackRoundCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoundCommitted(uint256 indexed taskId, uint32 indexed round, bytes modelCid, address[] participants, uint64 epsilon)
func (taskMarket *TaskMarket) UnpackRoundCommittedEvent(log *types.Log) (*TaskMarketRoundCommitted, error) {
	event := "RoundCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketRoundCommitted)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketSchedulerSet represents a SchedulerSet event raised by the TaskMarket contract.
type TaskMarketSchedulerSet struct {
	Id        uint8
	Scheduler common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketSchedulerSetEventName = "SchedulerSet"

// ContractEventName returns the user-defined event name.
func (TaskMarketSchedulerSet) ContractEventName() string {
	return TaskMarketSchedulerSetEventName
}

// UnpackSchedulerSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SchedulerSet(uint8 indexed id, address scheduler)
func (taskMarket *TaskMarket) UnpackSchedulerSetEvent(log *types.Log) (*TaskMarketSchedulerSet, error) {
	event := "SchedulerSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketSchedulerSet)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketTaskAttested represents a TaskAttested event raised by the TaskMarket contract.
type TaskMarketTaskAttested struct {
	TaskId   *big.Int
	Metric   uint32
	Accepted bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const TaskMarketTaskAttestedEventName = "TaskAttested"

// ContractEventName returns the user-defined event name.
func (TaskMarketTaskAttested) ContractEventName() string {
	return TaskMarketTaskAttestedEventName
}

// UnpackTaskAttestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskAttested(uint256 indexed taskId, uint32 metric, bool accepted)
func (taskMarket *TaskMarket) UnpackTaskAttestedEvent(log *types.Log) (*TaskMarketTaskAttested, error) {
	event := "TaskAttested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTaskAttested)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketTaskPublished represents a TaskPublished event raised by the TaskMarket contract.
type TaskMarketTaskPublished struct {
	TaskId         *big.Int
	Publisher      common.Address
	ModelSpecHash  [32]byte
	DataSchemaHash [32]byte
	Budget         *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const TaskMarketTaskPublishedEventName = "TaskPublished"

// ContractEventName returns the user-defined event name.
func (TaskMarketTaskPublished) ContractEventName() string {
	return TaskMarketTaskPublishedEventName
}

// UnpackTaskPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskPublished(uint256 indexed taskId, address indexed publisher, bytes32 modelSpecHash, bytes32 dataSchemaHash, uint96 budget)
func (taskMarket *TaskMarket) UnpackTaskPublishedEvent(log *types.Log) (*TaskMarketTaskPublished, error) {
	event := "TaskPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTaskPublished)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketTaskRefunded represents a TaskRefunded event raised by the TaskMarket contract.
type TaskMarketTaskRefunded struct {
	TaskId *big.Int
	Status uint8
	Refund *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TaskMarketTaskRefundedEventName = "TaskRefunded"

// ContractEventName returns the user-defined event name.
func (TaskMarketTaskRefunded) ContractEventName() string {
	return TaskMarketTaskRefundedEventName
}

// UnpackTaskRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskRefunded(uint256 indexed taskId, uint8 status, uint256 refund)
func (taskMarket *TaskMarket) UnpackTaskRefundedEvent(log *types.Log) (*TaskMarketTaskRefunded, error) {
	event := "TaskRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTaskRefunded)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketTaskSettled represents a TaskSettled event raised by the TaskMarket contract.
type TaskMarketTaskSettled struct {
	TaskId    *big.Int
	PaidTotal *big.Int
	Fee       *big.Int
	Refund    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketTaskSettledEventName = "TaskSettled"

// ContractEventName returns the user-defined event name.
func (TaskMarketTaskSettled) ContractEventName() string {
	return TaskMarketTaskSettledEventName
}

// UnpackTaskSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskSettled(uint256 indexed taskId, uint256 paidTotal, uint256 fee, uint256 refund)
func (taskMarket *TaskMarket) UnpackTaskSettledEvent(log *types.Log) (*TaskMarketTaskSettled, error) {
	event := "TaskSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketTaskSettled)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketValidatorPaid represents a ValidatorPaid event raised by the TaskMarket contract.
type TaskMarketValidatorPaid struct {
	TaskId    *big.Int
	Validator common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const TaskMarketValidatorPaidEventName = "ValidatorPaid"

// ContractEventName returns the user-defined event name.
func (TaskMarketValidatorPaid) ContractEventName() string {
	return TaskMarketValidatorPaidEventName
}

// UnpackValidatorPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorPaid(uint256 indexed taskId, address indexed validator, uint256 amount)
func (taskMarket *TaskMarket) UnpackValidatorPaidEvent(log *types.Log) (*TaskMarketValidatorPaid, error) {
	event := "ValidatorPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketValidatorPaid)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TaskMarketWithdrawn represents a Withdrawn event raised by the TaskMarket contract.
type TaskMarketWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TaskMarketWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (TaskMarketWithdrawn) ContractEventName() string {
	return TaskMarketWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (taskMarket *TaskMarket) UnpackWithdrawnEvent(log *types.Log) (*TaskMarketWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != taskMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TaskMarketWithdrawn)
	if len(log.Data) > 0 {
		if err := taskMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range taskMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (taskMarket *TaskMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AlreadyAttested"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAlreadyAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AlreadyBid"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAlreadyBidError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AlreadyDisputed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAlreadyDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["AlreadySlashed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackAlreadySlashedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BadSelection"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBadSelectionError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BiddingClosed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBiddingClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["BiddingOpen"].ID.Bytes()[:4]) {
		return taskMarket.UnpackBiddingOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ConflictOfInterest"].ID.Bytes()[:4]) {
		return taskMarket.UnpackConflictOfInterestError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["DisputeDeadlinePassed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackDisputeDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["DisputeWindowClosed"].ID.Bytes()[:4]) {
		return taskMarket.UnpackDisputeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["DisputeWindowOpen"].ID.Bytes()[:4]) {
		return taskMarket.UnpackDisputeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["EpsilonDecreased"].ID.Bytes()[:4]) {
		return taskMarket.UnpackEpsilonDecreasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return taskMarket.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["InvalidParams"].ID.Bytes()[:4]) {
		return taskMarket.UnpackInvalidParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["MetricOutOfRange"].ID.Bytes()[:4]) {
		return taskMarket.UnpackMetricOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoBid"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoBidError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoBids"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoBidsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoEligibleBids"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoEligibleBidsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NoRounds"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNoRoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NotCoordinator"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNotCoordinatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NotEligible"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNotEligibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NotExpired"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NotPublisher"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNotPublisherError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NotSelected"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNotSelectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["NotValidator"].ID.Bytes()[:4]) {
		return taskMarket.UnpackNotValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["PrivacyBudgetExceeded"].ID.Bytes()[:4]) {
		return taskMarket.UnpackPrivacyBudgetExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["RateTooHigh"].ID.Bytes()[:4]) {
		return taskMarket.UnpackRateTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return taskMarket.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return taskMarket.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["TooManyBids"].ID.Bytes()[:4]) {
		return taskMarket.UnpackTooManyBidsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["TooManyRounds"].ID.Bytes()[:4]) {
		return taskMarket.UnpackTooManyRoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["UnknownTask"].ID.Bytes()[:4]) {
		return taskMarket.UnpackUnknownTaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["WrongCommitment"].ID.Bytes()[:4]) {
		return taskMarket.UnpackWrongCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["WrongRound"].ID.Bytes()[:4]) {
		return taskMarket.UnpackWrongRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], taskMarket.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return taskMarket.UnpackWrongStatusError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TaskMarketAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the TaskMarket contract.
type TaskMarketAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func TaskMarketAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (taskMarket *TaskMarket) UnpackAccessControlBadConfirmationError(raw []byte) (*TaskMarketAccessControlBadConfirmation, error) {
	out := new(TaskMarketAccessControlBadConfirmation)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the TaskMarket contract.
type TaskMarketAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func TaskMarketAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (taskMarket *TaskMarket) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*TaskMarketAccessControlUnauthorizedAccount, error) {
	out := new(TaskMarketAccessControlUnauthorizedAccount)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAlreadyAttested represents a AlreadyAttested error raised by the TaskMarket contract.
type TaskMarketAlreadyAttested struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyAttested(address validator)
func TaskMarketAlreadyAttestedErrorID() common.Hash {
	return common.HexToHash("0xdb47a4493c2743cc18a88ccbaff869534bfc1bb2e2cc87877d1da822083cc49e")
}

// UnpackAlreadyAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyAttested(address validator)
func (taskMarket *TaskMarket) UnpackAlreadyAttestedError(raw []byte) (*TaskMarketAlreadyAttested, error) {
	out := new(TaskMarketAlreadyAttested)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AlreadyAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAlreadyBid represents a AlreadyBid error raised by the TaskMarket contract.
type TaskMarketAlreadyBid struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyBid(address node)
func TaskMarketAlreadyBidErrorID() common.Hash {
	return common.HexToHash("0x18bdc38e849e754bde4fd046a0e5a3f723fa12ab58b2be8fbf5e8462d83089c4")
}

// UnpackAlreadyBidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyBid(address node)
func (taskMarket *TaskMarket) UnpackAlreadyBidError(raw []byte) (*TaskMarketAlreadyBid, error) {
	out := new(TaskMarketAlreadyBid)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AlreadyBid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAlreadyDisputed represents a AlreadyDisputed error raised by the TaskMarket contract.
type TaskMarketAlreadyDisputed struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDisputed(uint256 taskId)
func TaskMarketAlreadyDisputedErrorID() common.Hash {
	return common.HexToHash("0x981e7f1f1cb3d11806caa2f5e334cf4a9526f6a1dbe465dd28fe43595673111e")
}

// UnpackAlreadyDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDisputed(uint256 taskId)
func (taskMarket *TaskMarket) UnpackAlreadyDisputedError(raw []byte) (*TaskMarketAlreadyDisputed, error) {
	out := new(TaskMarketAlreadyDisputed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AlreadyDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketAlreadySlashed represents a AlreadySlashed error raised by the TaskMarket contract.
type TaskMarketAlreadySlashed struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySlashed(address node)
func TaskMarketAlreadySlashedErrorID() common.Hash {
	return common.HexToHash("0x482f408eec1dfcea525446411dab42be0c919eef184ae12e9ea142f3280aac7d")
}

// UnpackAlreadySlashedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySlashed(address node)
func (taskMarket *TaskMarket) UnpackAlreadySlashedError(raw []byte) (*TaskMarketAlreadySlashed, error) {
	out := new(TaskMarketAlreadySlashed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "AlreadySlashed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBadSelection represents a BadSelection error raised by the TaskMarket contract.
type TaskMarketBadSelection struct {
	Mask *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSelection(uint256 mask)
func TaskMarketBadSelectionErrorID() common.Hash {
	return common.HexToHash("0xb3e1a9d27e0b7e5c853502d8ee4b766dda1700492eebcb21523d5200cc17a387")
}

// UnpackBadSelectionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSelection(uint256 mask)
func (taskMarket *TaskMarket) UnpackBadSelectionError(raw []byte) (*TaskMarketBadSelection, error) {
	out := new(TaskMarketBadSelection)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BadSelection", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBiddingClosed represents a BiddingClosed error raised by the TaskMarket contract.
type TaskMarketBiddingClosed struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BiddingClosed(uint256 deadline)
func TaskMarketBiddingClosedErrorID() common.Hash {
	return common.HexToHash("0xc9a980c1217766433b46ebee1cd675dfdcb3e70fd384210b9a625c12d8267e9a")
}

// UnpackBiddingClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BiddingClosed(uint256 deadline)
func (taskMarket *TaskMarket) UnpackBiddingClosedError(raw []byte) (*TaskMarketBiddingClosed, error) {
	out := new(TaskMarketBiddingClosed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BiddingClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketBiddingOpen represents a BiddingOpen error raised by the TaskMarket contract.
type TaskMarketBiddingOpen struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BiddingOpen(uint256 deadline)
func TaskMarketBiddingOpenErrorID() common.Hash {
	return common.HexToHash("0x7fb851b6a9ed0031967ed7cda4b97bd8842faf41fbdc609234c7f2a18eb1e3b1")
}

// UnpackBiddingOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BiddingOpen(uint256 deadline)
func (taskMarket *TaskMarket) UnpackBiddingOpenError(raw []byte) (*TaskMarketBiddingOpen, error) {
	out := new(TaskMarketBiddingOpen)
	if err := taskMarket.abi.UnpackIntoInterface(out, "BiddingOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketConflictOfInterest represents a ConflictOfInterest error raised by the TaskMarket contract.
type TaskMarketConflictOfInterest struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConflictOfInterest(address validator)
func TaskMarketConflictOfInterestErrorID() common.Hash {
	return common.HexToHash("0xdabd7fd20b431fa209d626dac8b85dc5ff76f6b107c64c331cccaf9ee8da64d5")
}

// UnpackConflictOfInterestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConflictOfInterest(address validator)
func (taskMarket *TaskMarket) UnpackConflictOfInterestError(raw []byte) (*TaskMarketConflictOfInterest, error) {
	out := new(TaskMarketConflictOfInterest)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ConflictOfInterest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketDeadlinePassed represents a DeadlinePassed error raised by the TaskMarket contract.
type TaskMarketDeadlinePassed struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 deadline)
func TaskMarketDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xbfb22adfe9d5fa2834e025e2832eac6acdb50f696427fd6da5e7d933cf7e8923")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 deadline)
func (taskMarket *TaskMarket) UnpackDeadlinePassedError(raw []byte) (*TaskMarketDeadlinePassed, error) {
	out := new(TaskMarketDeadlinePassed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketDisputeDeadlinePassed represents a DisputeDeadlinePassed error raised by the TaskMarket contract.
type TaskMarketDisputeDeadlinePassed struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeDeadlinePassed(uint256 deadline)
func TaskMarketDisputeDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x2b410a7b8ade315306f522c08de51f1aaba22feb304485c4de9311710c344028")
}

// UnpackDisputeDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeDeadlinePassed(uint256 deadline)
func (taskMarket *TaskMarket) UnpackDisputeDeadlinePassedError(raw []byte) (*TaskMarketDisputeDeadlinePassed, error) {
	out := new(TaskMarketDisputeDeadlinePassed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "DisputeDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketDisputeWindowClosed represents a DisputeWindowClosed error raised by the TaskMarket contract.
type TaskMarketDisputeWindowClosed struct {
	Until *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowClosed(uint256 until)
func TaskMarketDisputeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x7ffad9f8bfa245856c30b685410b83de956dd295c98d11a6739d9df12f37e4e2")
}

// UnpackDisputeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowClosed(uint256 until)
func (taskMarket *TaskMarket) UnpackDisputeWindowClosedError(raw []byte) (*TaskMarketDisputeWindowClosed, error) {
	out := new(TaskMarketDisputeWindowClosed)
	if err := taskMarket.abi.UnpackIntoInterface(out, "DisputeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketDisputeWindowOpen represents a DisputeWindowOpen error raised by the TaskMarket contract.
type TaskMarketDisputeWindowOpen struct {
	Until *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowOpen(uint256 until)
func TaskMarketDisputeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x60f1afcdf25836bee772613ea8be9d3d0c5a8fc7eb9ddf5c37dc3dadd115165f")
}

// UnpackDisputeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowOpen(uint256 until)
func (taskMarket *TaskMarket) UnpackDisputeWindowOpenError(raw []byte) (*TaskMarketDisputeWindowOpen, error) {
	out := new(TaskMarketDisputeWindowOpen)
	if err := taskMarket.abi.UnpackIntoInterface(out, "DisputeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketEpsilonDecreased represents a EpsilonDecreased error raised by the TaskMarket contract.
type TaskMarketEpsilonDecreased struct {
	Epsilon uint64
	Spent   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpsilonDecreased(uint64 epsilon, uint64 spent)
func TaskMarketEpsilonDecreasedErrorID() common.Hash {
	return common.HexToHash("0x70528da99db02ab8208716e9d8546cde54c3600cc43a2dce01257da5c6a5c804")
}

// UnpackEpsilonDecreasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpsilonDecreased(uint64 epsilon, uint64 spent)
func (taskMarket *TaskMarket) UnpackEpsilonDecreasedError(raw []byte) (*TaskMarketEpsilonDecreased, error) {
	out := new(TaskMarketEpsilonDecreased)
	if err := taskMarket.abi.UnpackIntoInterface(out, "EpsilonDecreased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketInsufficientBalance represents a InsufficientBalance error raised by the TaskMarket contract.
type TaskMarketInsufficientBalance struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 have, uint256 want)
func TaskMarketInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 have, uint256 want)
func (taskMarket *TaskMarket) UnpackInsufficientBalanceError(raw []byte) (*TaskMarketInsufficientBalance, error) {
	out := new(TaskMarketInsufficientBalance)
	if err := taskMarket.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketInvalidParams represents a InvalidParams error raised by the TaskMarket contract.
type TaskMarketInvalidParams struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParams(string what)
func TaskMarketInvalidParamsErrorID() common.Hash {
	return common.HexToHash("0xa8c278dd678025fcd1ba899b5c9701b4f3cde35c26cff3abbdc63ff5ceeeb107")
}

// UnpackInvalidParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParams(string what)
func (taskMarket *TaskMarket) UnpackInvalidParamsError(raw []byte) (*TaskMarketInvalidParams, error) {
	out := new(TaskMarketInvalidParams)
	if err := taskMarket.abi.UnpackIntoInterface(out, "InvalidParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketMetricOutOfRange represents a MetricOutOfRange error raised by the TaskMarket contract.
type TaskMarketMetricOutOfRange struct {
	Metric uint32
	Max    uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MetricOutOfRange(uint32 metric, uint32 max)
func TaskMarketMetricOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x5abd7a1e6dde415343e6ab25545ca25566072fab728b0c8deb930ccf5439951a")
}

// UnpackMetricOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MetricOutOfRange(uint32 metric, uint32 max)
func (taskMarket *TaskMarket) UnpackMetricOutOfRangeError(raw []byte) (*TaskMarketMetricOutOfRange, error) {
	out := new(TaskMarketMetricOutOfRange)
	if err := taskMarket.abi.UnpackIntoInterface(out, "MetricOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNoBid represents a NoBid error raised by the TaskMarket contract.
type TaskMarketNoBid struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBid(address node)
func TaskMarketNoBidErrorID() common.Hash {
	return common.HexToHash("0xf789c19ace75dec77d6394adcc4467e3666134a714fbbc43f5e22219a3364344")
}

// UnpackNoBidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBid(address node)
func (taskMarket *TaskMarket) UnpackNoBidError(raw []byte) (*TaskMarketNoBid, error) {
	out := new(TaskMarketNoBid)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoBid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNoBids represents a NoBids error raised by the TaskMarket contract.
type TaskMarketNoBids struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBids()
func TaskMarketNoBidsErrorID() common.Hash {
	return common.HexToHash("0xc3bc4043f03718d7373347979352a488714a2cff0e87ce76a66fc291a21fb29d")
}

// UnpackNoBidsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBids()
func (taskMarket *TaskMarket) UnpackNoBidsError(raw []byte) (*TaskMarketNoBids, error) {
	out := new(TaskMarketNoBids)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoBids", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNoEligibleBids represents a NoEligibleBids error raised by the TaskMarket contract.
type TaskMarketNoEligibleBids struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoEligibleBids()
func TaskMarketNoEligibleBidsErrorID() common.Hash {
	return common.HexToHash("0x9d2ad62821bac182be42074773049f4983dcb6e630ca0c330f31e1a4edc112c4")
}

// UnpackNoEligibleBidsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoEligibleBids()
func (taskMarket *TaskMarket) UnpackNoEligibleBidsError(raw []byte) (*TaskMarketNoEligibleBids, error) {
	out := new(TaskMarketNoEligibleBids)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoEligibleBids", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNoRounds represents a NoRounds error raised by the TaskMarket contract.
type TaskMarketNoRounds struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRounds(uint256 taskId)
func TaskMarketNoRoundsErrorID() common.Hash {
	return common.HexToHash("0x9c64d2fbf863913ed2d09a883dcfaebe7a638f7602408392bd9730b704518800")
}

// UnpackNoRoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRounds(uint256 taskId)
func (taskMarket *TaskMarket) UnpackNoRoundsError(raw []byte) (*TaskMarketNoRounds, error) {
	out := new(TaskMarketNoRounds)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NoRounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNotCoordinator represents a NotCoordinator error raised by the TaskMarket contract.
type TaskMarketNotCoordinator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCoordinator(address caller)
func TaskMarketNotCoordinatorErrorID() common.Hash {
	return common.HexToHash("0xf01654dfa2acef475e0ff21d0f9b6ee860672131748a53fb337192529f065117")
}

// UnpackNotCoordinatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCoordinator(address caller)
func (taskMarket *TaskMarket) UnpackNotCoordinatorError(raw []byte) (*TaskMarketNotCoordinator, error) {
	out := new(TaskMarketNotCoordinator)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NotCoordinator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNotEligible represents a NotEligible error raised by the TaskMarket contract.
type TaskMarketNotEligible struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEligible(address node)
func TaskMarketNotEligibleErrorID() common.Hash {
	return common.HexToHash("0x3a1c15459966f5fa3e7d8713ad0e63b4cee156d349e2b0fad60740a4394a2731")
}

// UnpackNotEligibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEligible(address node)
func (taskMarket *TaskMarket) UnpackNotEligibleError(raw []byte) (*TaskMarketNotEligible, error) {
	out := new(TaskMarketNotEligible)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NotEligible", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNotExpired represents a NotExpired error raised by the TaskMarket contract.
type TaskMarketNotExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExpired(uint256 deadline)
func TaskMarketNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x7e61955c0b73bbfba2dc5767b2446736bb856992769eb475683ed4037331eea3")
}

// UnpackNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExpired(uint256 deadline)
func (taskMarket *TaskMarket) UnpackNotExpiredError(raw []byte) (*TaskMarketNotExpired, error) {
	out := new(TaskMarketNotExpired)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNotPublisher represents a NotPublisher error raised by the TaskMarket contract.
type TaskMarketNotPublisher struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPublisher(address caller)
func TaskMarketNotPublisherErrorID() common.Hash {
	return common.HexToHash("0xe35593b591a96c80d7334157deded924b1ef3d6ded54f820934a20912d1a9d8e")
}

// UnpackNotPublisherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPublisher(address caller)
func (taskMarket *TaskMarket) UnpackNotPublisherError(raw []byte) (*TaskMarketNotPublisher, error) {
	out := new(TaskMarketNotPublisher)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NotPublisher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNotSelected represents a NotSelected error raised by the TaskMarket contract.
type TaskMarketNotSelected struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSelected(address node)
func TaskMarketNotSelectedErrorID() common.Hash {
	return common.HexToHash("0xf3e1c261e886ffb24425273236ef29cbf97b52f2b06b7fb1bce663cb84f09857")
}

// UnpackNotSelectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSelected(address node)
func (taskMarket *TaskMarket) UnpackNotSelectedError(raw []byte) (*TaskMarketNotSelected, error) {
	out := new(TaskMarketNotSelected)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NotSelected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketNotValidator represents a NotValidator error raised by the TaskMarket contract.
type TaskMarketNotValidator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidator(address caller)
func TaskMarketNotValidatorErrorID() common.Hash {
	return common.HexToHash("0xed3db8ac0aff2f11d9c21259b57051cec9967e78c0d61c8321b092e63647d624")
}

// UnpackNotValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidator(address caller)
func (taskMarket *TaskMarket) UnpackNotValidatorError(raw []byte) (*TaskMarketNotValidator, error) {
	out := new(TaskMarketNotValidator)
	if err := taskMarket.abi.UnpackIntoInterface(out, "NotValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketPrivacyBudgetExceeded represents a PrivacyBudgetExceeded error raised by the TaskMarket contract.
type TaskMarketPrivacyBudgetExceeded struct {
	Epsilon uint64
	Budget  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PrivacyBudgetExceeded(uint64 epsilon, uint64 budget)
func TaskMarketPrivacyBudgetExceededErrorID() common.Hash {
	return common.HexToHash("0x644b6f678a0231edc02b748356478db68016fb940faf7af4a81bde796b6b9b4b")
}

// UnpackPrivacyBudgetExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PrivacyBudgetExceeded(uint64 epsilon, uint64 budget)
func (taskMarket *TaskMarket) UnpackPrivacyBudgetExceededError(raw []byte) (*TaskMarketPrivacyBudgetExceeded, error) {
	out := new(TaskMarketPrivacyBudgetExceeded)
	if err := taskMarket.abi.UnpackIntoInterface(out, "PrivacyBudgetExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketRateTooHigh represents a RateTooHigh error raised by the TaskMarket contract.
type TaskMarketRateTooHigh struct {
	Rate *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateTooHigh(uint96 rate, uint96 max)
func TaskMarketRateTooHighErrorID() common.Hash {
	return common.HexToHash("0xfa2f89ad9593672426baf7eb72e5d6b633af08eae62b555c11aea9c4e26e0b9d")
}

// UnpackRateTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateTooHigh(uint96 rate, uint96 max)
func (taskMarket *TaskMarket) UnpackRateTooHighError(raw []byte) (*TaskMarketRateTooHigh, error) {
	out := new(TaskMarketRateTooHigh)
	if err := taskMarket.abi.UnpackIntoInterface(out, "RateTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the TaskMarket contract.
type TaskMarketReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func TaskMarketReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (taskMarket *TaskMarket) UnpackReentrancyGuardReentrantCallError(raw []byte) (*TaskMarketReentrancyGuardReentrantCall, error) {
	out := new(TaskMarketReentrancyGuardReentrantCall)
	if err := taskMarket.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the TaskMarket contract.
type TaskMarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func TaskMarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (taskMarket *TaskMarket) UnpackSafeERC20FailedOperationError(raw []byte) (*TaskMarketSafeERC20FailedOperation, error) {
	out := new(TaskMarketSafeERC20FailedOperation)
	if err := taskMarket.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketTooManyBids represents a TooManyBids error raised by the TaskMarket contract.
type TaskMarketTooManyBids struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyBids()
func TaskMarketTooManyBidsErrorID() common.Hash {
	return common.HexToHash("0xf9910d2b21cdfe469210d5b4735818fbb0eb9e02426136de0276b2e3012b1a04")
}

// UnpackTooManyBidsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyBids()
func (taskMarket *TaskMarket) UnpackTooManyBidsError(raw []byte) (*TaskMarketTooManyBids, error) {
	out := new(TaskMarketTooManyBids)
	if err := taskMarket.abi.UnpackIntoInterface(out, "TooManyBids", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketTooManyRounds represents a TooManyRounds error raised by the TaskMarket contract.
type TaskMarketTooManyRounds struct {
	Round   uint32
	Planned uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyRounds(uint32 round, uint16 planned)
func TaskMarketTooManyRoundsErrorID() common.Hash {
	return common.HexToHash("0xa0ed76443cc5c6928f1c823bf8e5f42c6c847fac159f5f954888576fd2b1c681")
}

// UnpackTooManyRoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyRounds(uint32 round, uint16 planned)
func (taskMarket *TaskMarket) UnpackTooManyRoundsError(raw []byte) (*TaskMarketTooManyRounds, error) {
	out := new(TaskMarketTooManyRounds)
	if err := taskMarket.abi.UnpackIntoInterface(out, "TooManyRounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketUnknownTask represents a UnknownTask error raised by the TaskMarket contract.
type TaskMarketUnknownTask struct {
	TaskId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTask(uint256 taskId)
func TaskMarketUnknownTaskErrorID() common.Hash {
	return common.HexToHash("0x4899e043276e272612bdcb119c9ff124ecd3f8936ab50aa3e0752eb89bcdf63d")
}

// UnpackUnknownTaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTask(uint256 taskId)
func (taskMarket *TaskMarket) UnpackUnknownTaskError(raw []byte) (*TaskMarketUnknownTask, error) {
	out := new(TaskMarketUnknownTask)
	if err := taskMarket.abi.UnpackIntoInterface(out, "UnknownTask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketWrongCommitment represents a WrongCommitment error raised by the TaskMarket contract.
type TaskMarketWrongCommitment struct {
	Got  [32]byte
	Want [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongCommitment(bytes32 got, bytes32 want)
func TaskMarketWrongCommitmentErrorID() common.Hash {
	return common.HexToHash("0x49ea759ed4d9b77e6ffaa3cdfa4459459a1bed77c4ecfcc2abebf12d1ac82e17")
}

// UnpackWrongCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongCommitment(bytes32 got, bytes32 want)
func (taskMarket *TaskMarket) UnpackWrongCommitmentError(raw []byte) (*TaskMarketWrongCommitment, error) {
	out := new(TaskMarketWrongCommitment)
	if err := taskMarket.abi.UnpackIntoInterface(out, "WrongCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketWrongRound represents a WrongRound error raised by the TaskMarket contract.
type TaskMarketWrongRound struct {
	Got  uint32
	Want uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRound(uint32 got, uint32 want)
func TaskMarketWrongRoundErrorID() common.Hash {
	return common.HexToHash("0x3f1ccd8d31156bf3458940d1cc75e8f35ad1de852e85b8694f0f58dbe2b290bf")
}

// UnpackWrongRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRound(uint32 got, uint32 want)
func (taskMarket *TaskMarket) UnpackWrongRoundError(raw []byte) (*TaskMarketWrongRound, error) {
	out := new(TaskMarketWrongRound)
	if err := taskMarket.abi.UnpackIntoInterface(out, "WrongRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TaskMarketWrongStatus represents a WrongStatus error raised by the TaskMarket contract.
type TaskMarketWrongStatus struct {
	TaskId *big.Int
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(uint256 taskId, uint8 status)
func TaskMarketWrongStatusErrorID() common.Hash {
	return common.HexToHash("0xa5d15e1f94e40302e3f7050760870a95f04eb9d943cd2cb333833178258083d6")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(uint256 taskId, uint8 status)
func (taskMarket *TaskMarket) UnpackWrongStatusError(raw []byte) (*TaskMarketWrongStatus, error) {
	out := new(TaskMarketWrongStatus)
	if err := taskMarket.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeMetaData contains all meta data concerning the TrainingDispute contract.
var TrainingDisputeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractNodeRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"bond_\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"slash_\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moveTimeout_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"voteTimeout_\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"quorum_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyDisputed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"lo\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hi\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"checkpoints\",\"type\":\"uint32\"}],\"name\":\"BadInterval\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"Late\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"NotEligible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"NotLate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumTrainingDispute.Phase\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"NotYourMove\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"lo\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"hi\",\"type\":\"uint32\"}],\"name\":\"Chosen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"block_\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"disclosure\",\"type\":\"bytes32\"}],\"name\":\"Disclosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"}],\"name\":\"Midpoint\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"task\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"lo\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"hi\",\"type\":\"uint32\"}],\"name\":\"Opened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumTrainingDispute.Outcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"slashed\",\"type\":\"uint96\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"trainerRight\",\"type\":\"bool\"}],\"name\":\"Voted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"COMMITMENT_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CHECKPOINTS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DEPTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NODE_DOMAIN\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"faultFirst\",\"type\":\"bool\"}],\"name\":\"choose\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"task\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"checkpoints\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"globalHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rows\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"steps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"blockSteps\",\"type\":\"uint32\"}],\"internalType\":\"structTrainingCommitment\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"digest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"disclosure\",\"type\":\"bytes32\"}],\"name\":\"disclose\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"dispute\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"lo\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hi\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"mid\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"enumTrainingDispute.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"enumTrainingDispute.Outcome\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"votesFor\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"votesAgainst\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"disclosure\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"held\",\"type\":\"uint96\"}],\"internalType\":\"structTrainingDispute.Dispute\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moveTimeout\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"task\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"trainer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"checkpoints\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"globalHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"updateHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"rows\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"steps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"blockSteps\",\"type\":\"uint32\"}],\"internalType\":\"structTrainingCommitment\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"lo\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hi\",\"type\":\"uint32\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"openDispute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"postMidpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorum\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractNodeRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashAmount\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyMerkle\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"trainerRight\",\"type\":\"bool\"}],\"name\":\"vote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"voteTimeout\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "f922dd7307a236db8680c920d1ea2343d6",
	Bin: "0x610160604052348015610010575f5ffd5b50604051612ed6380380612ed683398101604081905261002f91610146565b6001600160a01b038716158061004c57506001600160a01b038616155b8061005e57506001600160601b038516155b8061007057506001600160601b038416155b8061007f575063ffffffff8316155b8061008e575063ffffffff8216155b8061009c575060038160ff16105b156100ba57604051635435b28960e11b815260040160405180910390fd5b6001600160a01b039687166080529490951660a0526001600160601b0392831660c052911660e05263ffffffff908116610100529091166101205260ff16610140526101d5565b6001600160a01b0381168114610115575f5ffd5b50565b80516001600160601b038116811461012e575f5ffd5b919050565b805163ffffffff8116811461012e575f5ffd5b5f5f5f5f5f5f5f60e0888a03121561015c575f5ffd5b875161016781610101565b602089015190975061017881610101565b955061018660408901610118565b945061019460608901610118565b93506101a260808901610133565b92506101b060a08901610133565b915060c088015160ff811681146101c5575f5ffd5b8091505092959891949750929550565b60805160a05160c05160e051610100516101205161014051612c086102ce5f395f81816101830152610fa101525f81816103ba0152610c4a01525f818161041b01528181610b6d0152611bcd01525f8181610309015281816117a20152818161180b01528181611e2c0152611e5701525f81816102580152818161160b015281816118f90152611a3401525f818161029701528181610dc601528181610df60152818161125d0152818161128d015281816113a501528181611739015281816117dc0152818161196a01528181611db20152611eea01525f81816103f4015281816115df015281816118d40152611a090152612c085ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c80638802834e116100b4578063c9d27afe11610079578063c9d27afe14610383578063f08ef6cb14610396578063f24275e7146103b5578063fb40e67a146103dc578063fc0c546a146103ef578063fdb894ac14610416575f5ffd5b80638802834e14610304578063a27154ba1461032b578063a28889e114610333578063c20b54641461033c578063c5bf1fed1461034f575f5ffd5b80634cde9b3f116101055780634cde9b3f14610221578063588fcfd81461023457806364c9ec6f146102535780637b1039991461029257806386d6282c146102d157806387578e58146102f1575f5ffd5b806304c77bc21461014157806308148f7a146101695780631703a0181461017e57806342208a15146101b75780634b9d37f6146101d8575b5f5ffd5b61015461014f36600461231c565b61043d565b60405190151581526020015b60405180910390f35b61017c610177366004612377565b6105f9565b005b6101a57f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff9091168152602001610160565b6101ca6101c53660046123a5565b610755565b604051908152602001610160565b6102146040518060400160405280601c81526020017f636f686f72742f7665726966792f636f6d6d69746d656e742f7631000000000081525081565b60405161016091906123c0565b61017c61022f366004612402565b61088a565b61023e6201000081565b60405163ffffffff9091168152602001610160565b61027a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160601b039091168152602001610160565b6102b97f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610160565b6102e46102df366004612377565b61094f565b6040516101609190612468565b61017c6102ff366004612593565b610b01565b61027a7f000000000000000000000000000000000000000000000000000000000000000081565b6101ca601881565b6101ca60015481565b61017c61034a3660046125e1565b610c14565b61021460405180604001604052806016815260200174636f686f72742f666c2f6d65726b6c652d6e6f646560581b81525081565b61017c610391366004612402565b610cdd565b6101ca6103a4366004612377565b60026020525f908152604090205481565b61023e7f000000000000000000000000000000000000000000000000000000000000000081565b6101ca6103ea366004612612565b611083565b6102b97f000000000000000000000000000000000000000000000000000000000000000081565b61023e7f000000000000000000000000000000000000000000000000000000000000000081565b5f601882118061044e575084821c15155b1561045a57505f6105f0565b835f5b838110156105ea57600187161561052757600260405180604001604052806016815260200174636f686f72742f666c2f6d65726b6c652d6e6f646560581b8152508686848181106104b0576104b06126ba565b90506020020135846040516020016104ca939291906126e5565b60408051601f19818403018152908290526104e491612702565b602060405180830381855afa1580156104ff573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610522919061270d565b6105db565b600260405180604001604052806016815260200174636f686f72742f666c2f6d65726b6c652d6e6f646560581b8152508387878581811061056a5761056a6126ba565b90506020020135604051602001610583939291906126e5565b60408051601f198184030181529082905261059d91612702565b602060405180830381855afa1580156105b8573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906105db919061270d565b600197881c979092500161045d565b50861490505b95945050505050565b61060161163a565b5f818152602081905260408120906001820154600160e01b900460ff16600581111561062f5761062f612430565b148061065a575060056001820154600160e01b900460ff16600581111561065857610658612430565b145b156106805760405163a80d67dd60e01b8152600481018390526024015b60405180910390fd5b6001810154600160a01b90046001600160401b031642116106d2576001810154604051630dca90b360e11b815260048101849052600160a01b9091046001600160401b03166024820152604401610677565b60026001820154600160e01b900460ff1660058111156106f4576106f4612430565b0361070a5761070582826001611671565b610749565b60046001820154600160e01b900460ff16600581111561072c5761072c612430565b0361073d5761070582826003611671565b61074982826002611671565b50610752611a8b565b50565b5f60026040518060400160405280601c81526020017f636f686f72742f7665726966792f636f6d6d69746d656e742f76310000000000815250835f01358460200160208101906107a59190612738565b6107b56060870160408801612753565b60608701356107ca60a0890160808a01612779565b60a089013560c08a013560e08b01356107eb6101208d016101008e01612779565b6107fd6101408e016101208f01612779565b8d6101400160208101906108119190612779565b60405160200161082c9c9b9a99989796959493929190612794565b60408051601f198184030181529082905261084691612702565b602060405180830381855afa158015610861573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610884919061270d565b92915050565b5f6108978360025f611ab5565b905081156108c8578054600160c01b63ffffffff600160e01b8304160263ffffffff60c01b199091161781556108ed565b8054600160a01b63ffffffff600160e01b8304160263ffffffff60a01b199091161781555b6108f681611bc3565b80546040805163ffffffff600160a01b840481168252600160c01b909304909216602083015284917f18d3414a04575d57e29a5e48be7f8ab12368cedc048c4510d8e3471e2a8a640f91015b60405180910390a2505050565b6109be604080516101c0810182525f80825260208201819052918101829052606081018290526080810182905260a081018290529060c082019081526020015f81525f6020820181905260408201819052606082018190526080820181905260a0820181905260c09091015290565b5f828152602081815260409182902082516101c08101845281546001600160a01b038082168352600160a01b80830463ffffffff90811696850196909652600160c01b8304861696840196909652600160e01b918290049094166060830152600183015493841660808301529383046001600160401b031660a082015292909160c0840191900460ff166005811115610a5957610a59612430565b6005811115610a6a57610a6a612430565b815260200160018201601d9054906101000a900460ff166003811115610a9257610a92612430565b6003811115610aa357610aa3612430565b8152600182015460ff600160f01b820481166020840152600160f81b9091041660408201526002820154606082015260038201546080820152600482015460a08201526005909101546001600160601b031660c09091015292915050565b5f610b0e85600180611ab5565b60028101548154919250610b3191600160e01b900463ffffffff1686868661043d565b610b4e57604051637ca55c7760e01b815260040160405180910390fd5b60018101805460ff60e01b1916600160e11b179055610b9363ffffffff7f00000000000000000000000000000000000000000000000000000000000000001642612868565b60018201805467ffffffffffffffff60a01b1916600160a01b6001600160401b039390931692909202919091179055805460408051600160e01b90920463ffffffff1682526020820186905286917f69342ae1b3ee8b43072f6acc0ccf971026328b75f594c007124280bf95908ca091015b60405180910390a25050505050565b5f610c228360036001611ab5565b6004810183905560018101805460ff60e01b1916600160e21b1790559050610c7063ffffffff7f00000000000000000000000000000000000000000000000000000000000000001642612868565b60018201805467ffffffffffffffff60a01b1916600160a01b6001600160401b039390931683021790558154604080519290910463ffffffff1682526020820184905284917fac00f37da53947eaf24b74eb369e8218d8ef1b5ed89017282cd11a045a35bdf79101610942565b610ce561163a565b5f82815260208190526040902060046001820154600160e01b900460ff166005811115610d1457610d14612430565b14610d47578281600101601c9054906101000a900460ff1660405163181dde2b60e11b815260040161067792919061287b565b6001810154600160a01b90046001600160401b0316421115610d9a5760018101546040516339612b7160e11b815260048101859052600160a01b9091046001600160401b03166024820152604401610677565b80546001600160a01b0316331480610dbe575060018101546001600160a01b031633145b80610ee457507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634390ea70337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637b4599d46040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e50573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e7491906128a4565b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260ff166024820152604401602060405180830381865afa158015610ebe573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ee291906128c8565b155b15610f0457604051633a1c154560e01b8152336004820152602401610677565b5f83815260036020908152604080832033845290915290205460ff1615610f4057604051633512759d60e21b8152336004820152602401610677565b5f8381526003602090815260408083203380855290835292819020805460ff1916600117905551841515815285917ff2913dbe661ee2acc4a046d8fbcdc792373bda34c41c6086484b5345e5785e5f910160405180910390a35f610fc560027f00000000000000000000000000000000000000000000000000000000000000006128f7565b610fd0906001612918565b905082156110295760018201805460ff8084169291601e91610ff991600160f01b900416612931565b91906101000a81548160ff021916908360ff160217905560ff16106110245761102484836001611671565b611075565b60018201805460ff8084169291601f9161104a91600160f81b900416612931565b91906101000a81548160ff021916908360ff160217905560ff16106110755761107584836002611671565b505061107f611a8b565b5050565b5f61108c61163a565b600261109e60a0880160808901612779565b63ffffffff1610806110c75750620100006110bf60a0880160808901612779565b63ffffffff16115b806110de57508263ffffffff168263ffffffff1611155b8061110457506110f460a0870160808801612779565b63ffffffff168263ffffffff1610155b1561114d57828261111b60a0890160808a01612779565b604051630fb510e360e01b815263ffffffff938416600482015291831660248301529091166044820152606401610677565b5f6111ca61118f61115d89610755565b7f19457468657265756d205369676e6564204d6573736167653a0a3332000000005f908152601c91909152603c902090565b87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611cc792505050565b90506111dc6060880160408901612753565b6001600160a01b0316816001600160a01b03161461123157806112056060890160408a01612753565b6040516308d20b2560e01b81526001600160a01b03928316600482015291166024820152604401610677565b6112416060880160408901612753565b6001600160a01b0316336001600160a01b0316148061137b57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634390ea70337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637b4599d46040518163ffffffff1660e01b8152600401602060405180830381865afa1580156112e7573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061130b91906128a4565b6040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260ff166024820152604401602060405180830381865afa158015611355573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061137991906128c8565b155b1561139b57604051633a1c154560e01b8152336004820152602401610677565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166323c2e2bc6113da60608a0160408b01612753565b6040516001600160e01b031960e084901b1681526001600160a01b03909116600482015260240161018060405180830381865afa15801561141d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061144191906129c1565b60e0015161147e576114596060880160408901612753565b604051633a1c154560e01b81526001600160a01b039091166004820152602401610677565b5f873561149160408a0160208b01612738565b6114a160608b0160408c01612753565b6040516020016114d6939291909283526001600160401b039190911660208301526001600160a01b0316604082015260600190565b60408051601f1981840301815291815281516020928301205f81815260029093529120549091501561152e575f818152600260205260409081902054905163981e7f1f60e01b81526004810191909152602401610677565b61154e61154160608a0160408b01612753565b8960600135838888611cef565b92506115606060890160408a01612753565b6001600160a01b03168835847f30b91189018bb9bafe29c316866f5ff02dde6c212b96e4899b821bbfb22e3c7f61159d60408d0160208e01612738565b604080516001600160401b0392909216825233602083015263ffffffff8b8116838301528a166060830152519081900360800190a46116306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633306001600160601b037f000000000000000000000000000000000000000000000000000000000000000016611f80565b50506105f0611a8b565b611642611fbc565b61166f60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611ffc565b565b600182018054600560e01b60ff60e01b1982168117835583929161ffff60e01b191617600160e81b8360038111156116ab576116ab612430565b021790555060038201545f908152600260208190526040822082905560058401546001600160601b0316908360038111156116e8576116e8612430565b0361192b576001600160601b03811615611793578354600185015460405163a344e83160e01b81526001600160a01b0392831660048201526001600160601b038416602482015290821660448201527f00000000000000000000000000000000000000000000000000000000000000009091169063a344e831906064015f604051808303815f87803b15801561177c575f5ffd5b505af115801561178e573d5f5f3e3d5ffd5b505050505b809150806001600160601b03167f00000000000000000000000000000000000000000000000000000000000000006001600160601b031611156118c15783546001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169163ea0ffa4d911661182f847f0000000000000000000000000000000000000000000000000000000000000000612ab1565b600188015460405160e085901b6001600160e01b03191681526001600160a01b0393841660048201526001600160601b0390921660248301529190911660448201526064016020604051808303815f875af1158015611890573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118b49190612ad0565b6118be9083612ae9565b91505b6001840154611926906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811691167f00000000000000000000000000000000000000000000000000000000000000006001600160601b0316612003565b611a59565b6001600160601b038116156119c457835460405163c8d0944760e01b81526001600160a01b0391821660048201526001600160601b03831660248201527f00000000000000000000000000000000000000000000000000000000000000009091169063c8d09447906044015f604051808303815f87803b1580156119ad575f5ffd5b505af11580156119bf573d5f5f3e3d5ffd5b505050505b611a5960018460038111156119db576119db612430565b146119f35760018501546001600160a01b03166119ff565b84546001600160a01b03165b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906001600160601b037f000000000000000000000000000000000000000000000000000000000000000016612003565b847feaff568e8ee8404656cddf0edbfc35926de76da42f3c7ec69c1546e939c24ea58484604051610c05929190612b08565b61166f5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611669565b5f838152602081905260409020826005811115611ad457611ad4612430565b6001820154600160e01b900460ff166005811115611af457611af4612430565b141580611b36575081611b145760018101546001600160a01b0316611b20565b80546001600160a01b03165b6001600160a01b0316336001600160a01b031614155b15611b69578381600101601c9054906101000a900460ff1660405163181dde2b60e11b815260040161067792919061287b565b6001810154600160a01b90046001600160401b0316421115611bbc5760018101546040516339612b7160e11b815260048101869052600160a01b9091046001600160401b03166024820152604401610677565b9392505050565b611bf363ffffffff7f00000000000000000000000000000000000000000000000000000000000000001642612868565b6001828101805467ffffffffffffffff60a01b1916600160a01b6001600160401b0394909416840217905582549091611c3f9190810463ffffffff90811691600160c01b900416612b2c565b63ffffffff161115611cb15760018101805460ff60e01b1916600160e01b1790558054600290611c859063ffffffff600160c01b8204811691600160a01b900416612868565b611c8f9190612b48565b815463ffffffff91909116600160e01b026001600160e01b0390911617815550565b600101805460ff60e01b1916600360e01b179055565b5f5f5f5f611cd5868661203d565b925092509250611ce58282612086565b5090949350505050565b5f60015f8154611cfe90612b5b565b91829055505f8581526002602081815260408084208590558484529083905290912080546001820180546001600160a01b031916331790559181018890556003810187905563ffffffff858116600160c01b0263ffffffff60c01b19918816600160a01b026001600160c01b03199094166001600160a01b038c16179390931716919091178155909150611d9181611bc3565b6040516308f0b8af60e21b81526001600160a01b0388811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906323c2e2bc9060240161018060405180830381865afa158015611dfa573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e1e91906129c1565b5190505f6001600160601b037f0000000000000000000000000000000000000000000000000000000000000000811690831610611e7b577f0000000000000000000000000000000000000000000000000000000000000000611e7d565b815b90506001600160601b03811615611f74576040805160018082528183019092525f916020808301908036833701905050905089815f81518110611ec257611ec26126ba565b6001600160a01b039283166020918202929092010152604051600162ed423960e01b031981527f00000000000000000000000000000000000000000000000000000000000000009091169063ff12bdc790611f239084908690600401612b73565b5f604051808303815f87803b158015611f3a575f5ffd5b505af1158015611f4c573d5f5f3e3d5ffd5b505050506005840180546bffffffffffffffffffffffff19166001600160601b038416179055505b50505095945050505050565b611f8e84848484600161213e565b611fb657604051635274afe760e01b81526001600160a01b0385166004820152602401610677565b50505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561166f57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b61201083838360016121ab565b61203857604051635274afe760e01b81526001600160a01b0384166004820152602401610677565b505050565b5f5f5f8351604103612074576020840151604085015160608601515f1a6120668882858561220d565b95509550955050505061207f565b505081515f91506002905b9250925092565b5f82600381111561209957612099612430565b036120a2575050565b60018260038111156120b6576120b6612430565b036120d45760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156120e8576120e8612430565b036121095760405163fce698f760e01b815260048101829052602401610677565b600382600381111561211d5761211d612430565b0361107f576040516335e2f38360e21b815260048101829052602401610677565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661219a57838315161561218e573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166122015783831516156121f5573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561224657505f915060039050826122cb565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612297573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166122c257505f9250600191508290506122cb565b92505f91508190505b9450945094915050565b5f5f83601f8401126122e5575f5ffd5b5081356001600160401b038111156122fb575f5ffd5b6020830191508360208260051b8501011115612315575f5ffd5b9250929050565b5f5f5f5f5f60808688031215612330575f5ffd5b85359450602086013593506040860135925060608601356001600160401b0381111561235a575f5ffd5b612366888289016122d5565b969995985093965092949392505050565b5f60208284031215612387575f5ffd5b5035919050565b5f610160828403121561239f575f5ffd5b50919050565b5f61016082840312156123b6575f5ffd5b611bbc838361238e565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8015158114610752575f5ffd5b5f5f60408385031215612413575f5ffd5b823591506020830135612425816123f5565b809150509250929050565b634e487b7160e01b5f52602160045260245ffd5b6006811061245457612454612430565b9052565b6004811061245457612454612430565b81516001600160a01b031681526101c081016020830151612491602084018263ffffffff169052565b5060408301516124a9604084018263ffffffff169052565b5060608301516124c1606084018263ffffffff169052565b5060808301516124dc60808401826001600160a01b03169052565b5060a08301516124f760a08401826001600160401b03169052565b5060c083015161250a60c0840182612444565b5060e083015161251d60e0840182612458565b5061010083015161253461010084018260ff169052565b5061012083015161254b61012084018260ff169052565b506101408301516101408301526101608301516101608301526101808301516101808301526101a083015161258c6101a08401826001600160601b03169052565b5092915050565b5f5f5f5f606085870312156125a6575f5ffd5b843593506020850135925060408501356001600160401b038111156125c9575f5ffd5b6125d5878288016122d5565b95989497509550505050565b5f5f604083850312156125f2575f5ffd5b50508035926020909101359150565b63ffffffff81168114610752575f5ffd5b5f5f5f5f5f6101c08688031215612627575f5ffd5b612631878761238e565b94506101608601356001600160401b0381111561264c575f5ffd5b8601601f8101881361265c575f5ffd5b80356001600160401b03811115612671575f5ffd5b886020828401011115612682575f5ffd5b6020919091019450925061018086013561269b81612601565b91506101a08601356126ac81612601565b809150509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b5f81518060208401855e5f93019283525090919050565b5f6126f082866126ce565b93845250506020820152604001919050565b5f611bbc82846126ce565b5f6020828403121561271d575f5ffd5b5051919050565b6001600160401b0381168114610752575f5ffd5b5f60208284031215612748575f5ffd5b8135611bbc81612724565b5f60208284031215612763575f5ffd5b81356001600160a01b0381168114611bbc575f5ffd5b5f60208284031215612789575f5ffd5b8135611bbc81612601565b5f61279f828f6126ce565b8d81526001600160401b0360c01b8d60c01b1660208201526001600160601b03198c60601b1660288201528a603c82015263ffffffff60e01b8a60e01b16605c8201528860608201528760808201528660a082015261280d60c082018760e01b6001600160e01b0319169052565b61282660c482018660e01b6001600160e01b0319169052565b61283f60c882018560e01b6001600160e01b0319169052565b60cc019e9d5050505050505050505050505050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561088457610884612854565b82815260408101611bbc6020830184612444565b805160ff8116811461289f575f5ffd5b919050565b5f602082840312156128b4575f5ffd5b611bbc8261288f565b805161289f816123f5565b5f602082840312156128d8575f5ffd5b8151611bbc816123f5565b634e487b7160e01b5f52601260045260245ffd5b5f60ff831680612909576129096128e3565b8060ff84160491505092915050565b60ff818116838216019081111561088457610884612854565b5f60ff821660ff810361294657612946612854565b60010192915050565b60405161018081016001600160401b038111828210171561297e57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160601b038116811461289f575f5ffd5b805161289f81612724565b805161ffff8116811461289f575f5ffd5b805161289f81612601565b5f6101808284031280156129d3575f5ffd5b506129dc61294f565b6129e583612984565b81526129f360208401612984565b6020820152612a046040840161299a565b6040820152612a1560608401612984565b6060820152612a26608084016129a5565b6080820152612a3760a0840161288f565b60a0820152612a4860c084016128bd565b60c0820152612a5960e084016128bd565b60e0820152612a6b61010084016129a5565b610100820152612a7e61012084016129b6565b610120820152612a9161014084016129a5565b610140820152612aa46101608401612984565b6101608201529392505050565b6001600160601b03828116828216039081111561088457610884612854565b5f60208284031215612ae0575f5ffd5b611bbc82612984565b6001600160601b03818116838216019081111561088457610884612854565b60408101612b168285612458565b6001600160601b03831660208301529392505050565b63ffffffff828116828216039081111561088457610884612854565b5f82612b5657612b566128e3565b500490565b5f60018201612b6c57612b6c612854565b5060010190565b604080825283519082018190525f9060208501906060840190835b81811015612bb55783516001600160a01b0316835260209384019390920191600101612b8e565b505080925050506001600160601b0383166020830152939250505056fea2646970667358221220ce4e9e167115a2f3405f8d747fcf60aa0aeec173beb3133723319e361ab946df64736f6c63430008250033",
}

// TrainingDispute is an auto generated Go binding around an Ethereum contract.
type TrainingDispute struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TrainingDispute) GetABI() abi.ABI {
	return c.abi
}

// NewTrainingDispute creates a new instance of TrainingDispute.
func NewTrainingDispute() *TrainingDispute {
	parsed, err := TrainingDisputeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TrainingDispute{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TrainingDispute) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address registry_, uint96 bond_, uint96 slash_, uint32 moveTimeout_, uint32 voteTimeout_, uint8 quorum_) returns()
func (trainingDispute *TrainingDispute) PackConstructor(token_ common.Address, registry_ common.Address, bond_ *big.Int, slash_ *big.Int, moveTimeout_ uint32, voteTimeout_ uint32, quorum_ uint8) []byte {
	enc, err := trainingDispute.abi.Pack("", token_, registry_, bond_, slash_, moveTimeout_, voteTimeout_, quorum_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCOMMITMENTDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b9d37f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COMMITMENT_DOMAIN() view returns(bytes)
func (trainingDispute *TrainingDispute) PackCOMMITMENTDOMAIN() []byte {
	enc, err := trainingDispute.abi.Pack("COMMITMENT_DOMAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOMMITMENTDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b9d37f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COMMITMENT_DOMAIN() view returns(bytes)
func (trainingDispute *TrainingDispute) TryPackCOMMITMENTDOMAIN() ([]byte, error) {
	return trainingDispute.abi.Pack("COMMITMENT_DOMAIN")
}

// UnpackCOMMITMENTDOMAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b9d37f6.
//
// Solidity: function COMMITMENT_DOMAIN() view returns(bytes)
func (trainingDispute *TrainingDispute) UnpackCOMMITMENTDOMAIN(data []byte) ([]byte, error) {
	out, err := trainingDispute.abi.Unpack("COMMITMENT_DOMAIN", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackMAXCHECKPOINTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x588fcfd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CHECKPOINTS() view returns(uint32)
func (trainingDispute *TrainingDispute) PackMAXCHECKPOINTS() []byte {
	enc, err := trainingDispute.abi.Pack("MAX_CHECKPOINTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCHECKPOINTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x588fcfd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CHECKPOINTS() view returns(uint32)
func (trainingDispute *TrainingDispute) TryPackMAXCHECKPOINTS() ([]byte, error) {
	return trainingDispute.abi.Pack("MAX_CHECKPOINTS")
}

// UnpackMAXCHECKPOINTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x588fcfd8.
//
// Solidity: function MAX_CHECKPOINTS() view returns(uint32)
func (trainingDispute *TrainingDispute) UnpackMAXCHECKPOINTS(data []byte) (uint32, error) {
	out, err := trainingDispute.abi.Unpack("MAX_CHECKPOINTS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMAXDEPTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa27154ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DEPTH() view returns(uint256)
func (trainingDispute *TrainingDispute) PackMAXDEPTH() []byte {
	enc, err := trainingDispute.abi.Pack("MAX_DEPTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDEPTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa27154ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DEPTH() view returns(uint256)
func (trainingDispute *TrainingDispute) TryPackMAXDEPTH() ([]byte, error) {
	return trainingDispute.abi.Pack("MAX_DEPTH")
}

// UnpackMAXDEPTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa27154ba.
//
// Solidity: function MAX_DEPTH() view returns(uint256)
func (trainingDispute *TrainingDispute) UnpackMAXDEPTH(data []byte) (*big.Int, error) {
	out, err := trainingDispute.abi.Unpack("MAX_DEPTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNODEDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5bf1fed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NODE_DOMAIN() view returns(bytes)
func (trainingDispute *TrainingDispute) PackNODEDOMAIN() []byte {
	enc, err := trainingDispute.abi.Pack("NODE_DOMAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNODEDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5bf1fed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NODE_DOMAIN() view returns(bytes)
func (trainingDispute *TrainingDispute) TryPackNODEDOMAIN() ([]byte, error) {
	return trainingDispute.abi.Pack("NODE_DOMAIN")
}

// UnpackNODEDOMAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5bf1fed.
//
// Solidity: function NODE_DOMAIN() view returns(bytes)
func (trainingDispute *TrainingDispute) UnpackNODEDOMAIN(data []byte) ([]byte, error) {
	out, err := trainingDispute.abi.Unpack("NODE_DOMAIN", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond() view returns(uint96)
func (trainingDispute *TrainingDispute) PackBond() []byte {
	enc, err := trainingDispute.abi.Pack("bond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond() view returns(uint96)
func (trainingDispute *TrainingDispute) TryPackBond() ([]byte, error) {
	return trainingDispute.abi.Pack("bond")
}

// UnpackBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint96)
func (trainingDispute *TrainingDispute) UnpackBond(data []byte) (*big.Int, error) {
	out, err := trainingDispute.abi.Unpack("bond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChoose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cde9b3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function choose(uint256 id, bool faultFirst) returns()
func (trainingDispute *TrainingDispute) PackChoose(id *big.Int, faultFirst bool) []byte {
	enc, err := trainingDispute.abi.Pack("choose", id, faultFirst)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChoose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cde9b3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function choose(uint256 id, bool faultFirst) returns()
func (trainingDispute *TrainingDispute) TryPackChoose(id *big.Int, faultFirst bool) ([]byte, error) {
	return trainingDispute.abi.Pack("choose", id, faultFirst)
}

// PackDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42208a15.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function digest((bytes32,uint64,address,bytes32,uint32,bytes32,bytes32,bytes32,uint32,uint32,uint32) c) pure returns(bytes32)
func (trainingDispute *TrainingDispute) PackDigest(c TrainingCommitment) []byte {
	enc, err := trainingDispute.abi.Pack("digest", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42208a15.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function digest((bytes32,uint64,address,bytes32,uint32,bytes32,bytes32,bytes32,uint32,uint32,uint32) c) pure returns(bytes32)
func (trainingDispute *TrainingDispute) TryPackDigest(c TrainingCommitment) ([]byte, error) {
	return trainingDispute.abi.Pack("digest", c)
}

// UnpackDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42208a15.
//
// Solidity: function digest((bytes32,uint64,address,bytes32,uint32,bytes32,bytes32,bytes32,uint32,uint32,uint32) c) pure returns(bytes32)
func (trainingDispute *TrainingDispute) UnpackDigest(data []byte) ([32]byte, error) {
	out, err := trainingDispute.abi.Unpack("digest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDisclose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc20b5464.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disclose(uint256 id, bytes32 disclosure) returns()
func (trainingDispute *TrainingDispute) PackDisclose(id *big.Int, disclosure [32]byte) []byte {
	enc, err := trainingDispute.abi.Pack("disclose", id, disclosure)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisclose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc20b5464.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disclose(uint256 id, bytes32 disclosure) returns()
func (trainingDispute *TrainingDispute) TryPackDisclose(id *big.Int, disclosure [32]byte) ([]byte, error) {
	return trainingDispute.abi.Pack("disclose", id, disclosure)
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(uint256 id) view returns((address,uint32,uint32,uint32,address,uint64,uint8,uint8,uint8,uint8,bytes32,bytes32,bytes32,uint96))
func (trainingDispute *TrainingDispute) PackDispute(id *big.Int) []byte {
	enc, err := trainingDispute.abi.Pack("dispute", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86d6282c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(uint256 id) view returns((address,uint32,uint32,uint32,address,uint64,uint8,uint8,uint8,uint8,bytes32,bytes32,bytes32,uint96))
func (trainingDispute *TrainingDispute) TryPackDispute(id *big.Int) ([]byte, error) {
	return trainingDispute.abi.Pack("dispute", id)
}

// UnpackDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86d6282c.
//
// Solidity: function dispute(uint256 id) view returns((address,uint32,uint32,uint32,address,uint64,uint8,uint8,uint8,uint8,bytes32,bytes32,bytes32,uint96))
func (trainingDispute *TrainingDispute) UnpackDispute(data []byte) (TrainingDisputeDispute, error) {
	out, err := trainingDispute.abi.Unpack("dispute", data)
	if err != nil {
		return *new(TrainingDisputeDispute), err
	}
	out0 := *abi.ConvertType(out[0], new(TrainingDisputeDispute)).(*TrainingDisputeDispute)
	return out0, nil
}

// PackDisputeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28889e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeCount() view returns(uint256)
func (trainingDispute *TrainingDispute) PackDisputeCount() []byte {
	enc, err := trainingDispute.abi.Pack("disputeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa28889e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeCount() view returns(uint256)
func (trainingDispute *TrainingDispute) TryPackDisputeCount() ([]byte, error) {
	return trainingDispute.abi.Pack("disputeCount")
}

// UnpackDisputeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa28889e1.
//
// Solidity: function disputeCount() view returns(uint256)
func (trainingDispute *TrainingDispute) UnpackDisputeCount(data []byte) (*big.Int, error) {
	out, err := trainingDispute.abi.Unpack("disputeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMoveTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdb894ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moveTimeout() view returns(uint32)
func (trainingDispute *TrainingDispute) PackMoveTimeout() []byte {
	enc, err := trainingDispute.abi.Pack("moveTimeout")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMoveTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdb894ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function moveTimeout() view returns(uint32)
func (trainingDispute *TrainingDispute) TryPackMoveTimeout() ([]byte, error) {
	return trainingDispute.abi.Pack("moveTimeout")
}

// UnpackMoveTimeout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdb894ac.
//
// Solidity: function moveTimeout() view returns(uint32)
func (trainingDispute *TrainingDispute) UnpackMoveTimeout(data []byte) (uint32, error) {
	out, err := trainingDispute.abi.Unpack("moveTimeout", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb40e67a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open((bytes32,uint64,address,bytes32,uint32,bytes32,bytes32,bytes32,uint32,uint32,uint32) c, bytes sig, uint32 lo, uint32 hi) returns(uint256 id)
func (trainingDispute *TrainingDispute) PackOpen(c TrainingCommitment, sig []byte, lo uint32, hi uint32) []byte {
	enc, err := trainingDispute.abi.Pack("open", c, sig, lo, hi)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb40e67a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open((bytes32,uint64,address,bytes32,uint32,bytes32,bytes32,bytes32,uint32,uint32,uint32) c, bytes sig, uint32 lo, uint32 hi) returns(uint256 id)
func (trainingDispute *TrainingDispute) TryPackOpen(c TrainingCommitment, sig []byte, lo uint32, hi uint32) ([]byte, error) {
	return trainingDispute.abi.Pack("open", c, sig, lo, hi)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb40e67a.
//
// Solidity: function open((bytes32,uint64,address,bytes32,uint32,bytes32,bytes32,bytes32,uint32,uint32,uint32) c, bytes sig, uint32 lo, uint32 hi) returns(uint256 id)
func (trainingDispute *TrainingDispute) UnpackOpen(data []byte) (*big.Int, error) {
	out, err := trainingDispute.abi.Unpack("open", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf08ef6cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDispute(bytes32 ) view returns(uint256)
func (trainingDispute *TrainingDispute) PackOpenDispute(arg0 [32]byte) []byte {
	enc, err := trainingDispute.abi.Pack("openDispute", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf08ef6cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDispute(bytes32 ) view returns(uint256)
func (trainingDispute *TrainingDispute) TryPackOpenDispute(arg0 [32]byte) ([]byte, error) {
	return trainingDispute.abi.Pack("openDispute", arg0)
}

// UnpackOpenDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf08ef6cb.
//
// Solidity: function openDispute(bytes32 ) view returns(uint256)
func (trainingDispute *TrainingDispute) UnpackOpenDispute(data []byte) (*big.Int, error) {
	out, err := trainingDispute.abi.Unpack("openDispute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPostMidpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87578e58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postMidpoint(uint256 id, bytes32 leaf, bytes32[] proof) returns()
func (trainingDispute *TrainingDispute) PackPostMidpoint(id *big.Int, leaf [32]byte, proof [][32]byte) []byte {
	enc, err := trainingDispute.abi.Pack("postMidpoint", id, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostMidpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87578e58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postMidpoint(uint256 id, bytes32 leaf, bytes32[] proof) returns()
func (trainingDispute *TrainingDispute) TryPackPostMidpoint(id *big.Int, leaf [32]byte, proof [][32]byte) ([]byte, error) {
	return trainingDispute.abi.Pack("postMidpoint", id, leaf, proof)
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum() view returns(uint8)
func (trainingDispute *TrainingDispute) PackQuorum() []byte {
	enc, err := trainingDispute.abi.Pack("quorum")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum() view returns(uint8)
func (trainingDispute *TrainingDispute) TryPackQuorum() ([]byte, error) {
	return trainingDispute.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(uint8)
func (trainingDispute *TrainingDispute) UnpackQuorum(data []byte) (uint8, error) {
	out, err := trainingDispute.abi.Unpack("quorum", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (trainingDispute *TrainingDispute) PackRegistry() []byte {
	enc, err := trainingDispute.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (trainingDispute *TrainingDispute) TryPackRegistry() ([]byte, error) {
	return trainingDispute.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (trainingDispute *TrainingDispute) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := trainingDispute.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSlashAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8802834e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashAmount() view returns(uint96)
func (trainingDispute *TrainingDispute) PackSlashAmount() []byte {
	enc, err := trainingDispute.abi.Pack("slashAmount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8802834e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashAmount() view returns(uint96)
func (trainingDispute *TrainingDispute) TryPackSlashAmount() ([]byte, error) {
	return trainingDispute.abi.Pack("slashAmount")
}

// UnpackSlashAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8802834e.
//
// Solidity: function slashAmount() view returns(uint96)
func (trainingDispute *TrainingDispute) UnpackSlashAmount(data []byte) (*big.Int, error) {
	out, err := trainingDispute.abi.Unpack("slashAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 id) returns()
func (trainingDispute *TrainingDispute) PackTimeout(id *big.Int) []byte {
	enc, err := trainingDispute.abi.Pack("timeout", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint256 id) returns()
func (trainingDispute *TrainingDispute) TryPackTimeout(id *big.Int) ([]byte, error) {
	return trainingDispute.abi.Pack("timeout", id)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (trainingDispute *TrainingDispute) PackToken() []byte {
	enc, err := trainingDispute.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (trainingDispute *TrainingDispute) TryPackToken() ([]byte, error) {
	return trainingDispute.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (trainingDispute *TrainingDispute) UnpackToken(data []byte) (common.Address, error) {
	out, err := trainingDispute.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerifyMerkle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04c77bc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyMerkle(bytes32 root, uint256 index, bytes32 leaf, bytes32[] proof) pure returns(bool)
func (trainingDispute *TrainingDispute) PackVerifyMerkle(root [32]byte, index *big.Int, leaf [32]byte, proof [][32]byte) []byte {
	enc, err := trainingDispute.abi.Pack("verifyMerkle", root, index, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyMerkle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04c77bc2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyMerkle(bytes32 root, uint256 index, bytes32 leaf, bytes32[] proof) pure returns(bool)
func (trainingDispute *TrainingDispute) TryPackVerifyMerkle(root [32]byte, index *big.Int, leaf [32]byte, proof [][32]byte) ([]byte, error) {
	return trainingDispute.abi.Pack("verifyMerkle", root, index, leaf, proof)
}

// UnpackVerifyMerkle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x04c77bc2.
//
// Solidity: function verifyMerkle(bytes32 root, uint256 index, bytes32 leaf, bytes32[] proof) pure returns(bool)
func (trainingDispute *TrainingDispute) UnpackVerifyMerkle(data []byte) (bool, error) {
	out, err := trainingDispute.abi.Unpack("verifyMerkle", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9d27afe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vote(uint256 id, bool trainerRight) returns()
func (trainingDispute *TrainingDispute) PackVote(id *big.Int, trainerRight bool) []byte {
	enc, err := trainingDispute.abi.Pack("vote", id, trainerRight)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9d27afe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vote(uint256 id, bool trainerRight) returns()
func (trainingDispute *TrainingDispute) TryPackVote(id *big.Int, trainerRight bool) ([]byte, error) {
	return trainingDispute.abi.Pack("vote", id, trainerRight)
}

// PackVoteTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf24275e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteTimeout() view returns(uint32)
func (trainingDispute *TrainingDispute) PackVoteTimeout() []byte {
	enc, err := trainingDispute.abi.Pack("voteTimeout")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf24275e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteTimeout() view returns(uint32)
func (trainingDispute *TrainingDispute) TryPackVoteTimeout() ([]byte, error) {
	return trainingDispute.abi.Pack("voteTimeout")
}

// UnpackVoteTimeout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf24275e7.
//
// Solidity: function voteTimeout() view returns(uint32)
func (trainingDispute *TrainingDispute) UnpackVoteTimeout(data []byte) (uint32, error) {
	out, err := trainingDispute.abi.Unpack("voteTimeout", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// TrainingDisputeChosen represents a Chosen event raised by the TrainingDispute contract.
type TrainingDisputeChosen struct {
	Id  *big.Int
	Lo  uint32
	Hi  uint32
	Raw *types.Log // Blockchain specific contextual infos
}

const TrainingDisputeChosenEventName = "Chosen"

// ContractEventName returns the user-defined event name.
func (TrainingDisputeChosen) ContractEventName() string {
	return TrainingDisputeChosenEventName
}

// UnpackChosenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Chosen(uint256 indexed id, uint32 lo, uint32 hi)
func (trainingDispute *TrainingDispute) UnpackChosenEvent(log *types.Log) (*TrainingDisputeChosen, error) {
	event := "Chosen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainingDispute.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainingDisputeChosen)
	if len(log.Data) > 0 {
		if err := trainingDispute.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainingDispute.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TrainingDisputeDisclosed represents a Disclosed event raised by the TrainingDispute contract.
type TrainingDisputeDisclosed struct {
	Id         *big.Int
	Block      uint32
	Disclosure [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const TrainingDisputeDisclosedEventName = "Disclosed"

// ContractEventName returns the user-defined event name.
func (TrainingDisputeDisclosed) ContractEventName() string {
	return TrainingDisputeDisclosedEventName
}

// UnpackDisclosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Disclosed(uint256 indexed id, uint32 block_, bytes32 disclosure)
func (trainingDispute *TrainingDispute) UnpackDisclosedEvent(log *types.Log) (*TrainingDisputeDisclosed, error) {
	event := "Disclosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainingDispute.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainingDisputeDisclosed)
	if len(log.Data) > 0 {
		if err := trainingDispute.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainingDispute.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TrainingDisputeMidpoint represents a Midpoint event raised by the TrainingDispute contract.
type TrainingDisputeMidpoint struct {
	Id   *big.Int
	Mid  uint32
	Leaf [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const TrainingDisputeMidpointEventName = "Midpoint"

// ContractEventName returns the user-defined event name.
func (TrainingDisputeMidpoint) ContractEventName() string {
	return TrainingDisputeMidpointEventName
}

// UnpackMidpointEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Midpoint(uint256 indexed id, uint32 mid, bytes32 leaf)
func (trainingDispute *TrainingDispute) UnpackMidpointEvent(log *types.Log) (*TrainingDisputeMidpoint, error) {
	event := "Midpoint"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainingDispute.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainingDisputeMidpoint)
	if len(log.Data) > 0 {
		if err := trainingDispute.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainingDispute.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TrainingDisputeOpened represents a Opened event raised by the TrainingDispute contract.
type TrainingDisputeOpened struct {
	Id         *big.Int
	Task       [32]byte
	Round      uint64
	Trainer    common.Address
	Challenger common.Address
	Lo         uint32
	Hi         uint32
	Raw        *types.Log // Blockchain specific contextual infos
}

const TrainingDisputeOpenedEventName = "Opened"

// ContractEventName returns the user-defined event name.
func (TrainingDisputeOpened) ContractEventName() string {
	return TrainingDisputeOpenedEventName
}

// UnpackOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Opened(uint256 indexed id, bytes32 indexed task, uint64 round, address indexed trainer, address challenger, uint32 lo, uint32 hi)
func (trainingDispute *TrainingDispute) UnpackOpenedEvent(log *types.Log) (*TrainingDisputeOpened, error) {
	event := "Opened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainingDispute.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainingDisputeOpened)
	if len(log.Data) > 0 {
		if err := trainingDispute.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainingDispute.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TrainingDisputeSettled represents a Settled event raised by the TrainingDispute contract.
type TrainingDisputeSettled struct {
	Id      *big.Int
	Outcome uint8
	Slashed *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TrainingDisputeSettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (TrainingDisputeSettled) ContractEventName() string {
	return TrainingDisputeSettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(uint256 indexed id, uint8 outcome, uint96 slashed)
func (trainingDispute *TrainingDispute) UnpackSettledEvent(log *types.Log) (*TrainingDisputeSettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainingDispute.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainingDisputeSettled)
	if len(log.Data) > 0 {
		if err := trainingDispute.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainingDispute.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TrainingDisputeVoted represents a Voted event raised by the TrainingDispute contract.
type TrainingDisputeVoted struct {
	Id           *big.Int
	Arbiter      common.Address
	TrainerRight bool
	Raw          *types.Log // Blockchain specific contextual infos
}

const TrainingDisputeVotedEventName = "Voted"

// ContractEventName returns the user-defined event name.
func (TrainingDisputeVoted) ContractEventName() string {
	return TrainingDisputeVotedEventName
}

// UnpackVotedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Voted(uint256 indexed id, address indexed arbiter, bool trainerRight)
func (trainingDispute *TrainingDispute) UnpackVotedEvent(log *types.Log) (*TrainingDisputeVoted, error) {
	event := "Voted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trainingDispute.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TrainingDisputeVoted)
	if len(log.Data) > 0 {
		if err := trainingDispute.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trainingDispute.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (trainingDispute *TrainingDispute) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["AlreadyDisputed"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackAlreadyDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["AlreadyVoted"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["BadInterval"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackBadIntervalError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["InvalidParams"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackInvalidParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["Late"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackLateError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["NoDispute"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackNoDisputeError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["NotEligible"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackNotEligibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["NotLate"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackNotLateError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["NotYourMove"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackNotYourMoveError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingDispute.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return trainingDispute.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TrainingDisputeAlreadyDisputed represents a AlreadyDisputed error raised by the TrainingDispute contract.
type TrainingDisputeAlreadyDisputed struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDisputed(uint256 id)
func TrainingDisputeAlreadyDisputedErrorID() common.Hash {
	return common.HexToHash("0x981e7f1f1cb3d11806caa2f5e334cf4a9526f6a1dbe465dd28fe43595673111e")
}

// UnpackAlreadyDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDisputed(uint256 id)
func (trainingDispute *TrainingDispute) UnpackAlreadyDisputedError(raw []byte) (*TrainingDisputeAlreadyDisputed, error) {
	out := new(TrainingDisputeAlreadyDisputed)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "AlreadyDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeAlreadyVoted represents a AlreadyVoted error raised by the TrainingDispute contract.
type TrainingDisputeAlreadyVoted struct {
	Arbiter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoted(address arbiter)
func TrainingDisputeAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0xd449d674cb213019103ed0874ef5d2bc3d31fe332f9d7d55f87ff967a029c0c3")
}

// UnpackAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoted(address arbiter)
func (trainingDispute *TrainingDispute) UnpackAlreadyVotedError(raw []byte) (*TrainingDisputeAlreadyVoted, error) {
	out := new(TrainingDisputeAlreadyVoted)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeBadInterval represents a BadInterval error raised by the TrainingDispute contract.
type TrainingDisputeBadInterval struct {
	Lo          uint32
	Hi          uint32
	Checkpoints uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadInterval(uint32 lo, uint32 hi, uint32 checkpoints)
func TrainingDisputeBadIntervalErrorID() common.Hash {
	return common.HexToHash("0x0fb510e314cda6f922b46d88b60c1e9ffb6476aac048f85cc4c1ad7bd21d2d5e")
}

// UnpackBadIntervalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadInterval(uint32 lo, uint32 hi, uint32 checkpoints)
func (trainingDispute *TrainingDispute) UnpackBadIntervalError(raw []byte) (*TrainingDisputeBadInterval, error) {
	out := new(TrainingDisputeBadInterval)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "BadInterval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeBadProof represents a BadProof error raised by the TrainingDispute contract.
type TrainingDisputeBadProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof()
func TrainingDisputeBadProofErrorID() common.Hash {
	return common.HexToHash("0x7ca55c774976027f27f73629387ed99a2044a8721aec39c3c2717944b08c423a")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof()
func (trainingDispute *TrainingDispute) UnpackBadProofError(raw []byte) (*TrainingDisputeBadProof, error) {
	out := new(TrainingDisputeBadProof)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeBadSignature represents a BadSignature error raised by the TrainingDispute contract.
type TrainingDisputeBadSignature struct {
	Recovered common.Address
	Trainer   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature(address recovered, address trainer)
func TrainingDisputeBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x08d20b25b536d5aac2f529fb21b6e4218c05b2e0e4288246b55b363df3839df8")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature(address recovered, address trainer)
func (trainingDispute *TrainingDispute) UnpackBadSignatureError(raw []byte) (*TrainingDisputeBadSignature, error) {
	out := new(TrainingDisputeBadSignature)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the TrainingDispute contract.
type TrainingDisputeECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func TrainingDisputeECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (trainingDispute *TrainingDispute) UnpackECDSAInvalidSignatureError(raw []byte) (*TrainingDisputeECDSAInvalidSignature, error) {
	out := new(TrainingDisputeECDSAInvalidSignature)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the TrainingDispute contract.
type TrainingDisputeECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func TrainingDisputeECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (trainingDispute *TrainingDispute) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*TrainingDisputeECDSAInvalidSignatureLength, error) {
	out := new(TrainingDisputeECDSAInvalidSignatureLength)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the TrainingDispute contract.
type TrainingDisputeECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func TrainingDisputeECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (trainingDispute *TrainingDispute) UnpackECDSAInvalidSignatureSError(raw []byte) (*TrainingDisputeECDSAInvalidSignatureS, error) {
	out := new(TrainingDisputeECDSAInvalidSignatureS)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeInvalidParams represents a InvalidParams error raised by the TrainingDispute contract.
type TrainingDisputeInvalidParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParams()
func TrainingDisputeInvalidParamsErrorID() common.Hash {
	return common.HexToHash("0xa86b65120b98ec2b50fcad62782dbb454a5c0604e0cf2db01fd94e5048d895b9")
}

// UnpackInvalidParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParams()
func (trainingDispute *TrainingDispute) UnpackInvalidParamsError(raw []byte) (*TrainingDisputeInvalidParams, error) {
	out := new(TrainingDisputeInvalidParams)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "InvalidParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeLate represents a Late error raised by the TrainingDispute contract.
type TrainingDisputeLate struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Late(uint256 id, uint64 deadline)
func TrainingDisputeLateErrorID() common.Hash {
	return common.HexToHash("0x72c256e2d187e34c50b0cf9f074d34abf4049861c198997ceacb282a4930b822")
}

// UnpackLateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Late(uint256 id, uint64 deadline)
func (trainingDispute *TrainingDispute) UnpackLateError(raw []byte) (*TrainingDisputeLate, error) {
	out := new(TrainingDisputeLate)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "Late", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeNoDispute represents a NoDispute error raised by the TrainingDispute contract.
type TrainingDisputeNoDispute struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDispute(uint256 id)
func TrainingDisputeNoDisputeErrorID() common.Hash {
	return common.HexToHash("0xa80d67dddd1f45ba3a6034d8306eb423887b4a175f6adbf160379b0b66481bbe")
}

// UnpackNoDisputeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDispute(uint256 id)
func (trainingDispute *TrainingDispute) UnpackNoDisputeError(raw []byte) (*TrainingDisputeNoDispute, error) {
	out := new(TrainingDisputeNoDispute)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "NoDispute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeNotEligible represents a NotEligible error raised by the TrainingDispute contract.
type TrainingDisputeNotEligible struct {
	Who common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEligible(address who)
func TrainingDisputeNotEligibleErrorID() common.Hash {
	return common.HexToHash("0x3a1c15459966f5fa3e7d8713ad0e63b4cee156d349e2b0fad60740a4394a2731")
}

// UnpackNotEligibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEligible(address who)
func (trainingDispute *TrainingDispute) UnpackNotEligibleError(raw []byte) (*TrainingDisputeNotEligible, error) {
	out := new(TrainingDisputeNotEligible)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "NotEligible", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeNotLate represents a NotLate error raised by the TrainingDispute contract.
type TrainingDisputeNotLate struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLate(uint256 id, uint64 deadline)
func TrainingDisputeNotLateErrorID() common.Hash {
	return common.HexToHash("0x1b952166560598df04ce2ecc2696ae4ab6e53d5dbdb4f01beaf28c3da0fbe2fc")
}

// UnpackNotLateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLate(uint256 id, uint64 deadline)
func (trainingDispute *TrainingDispute) UnpackNotLateError(raw []byte) (*TrainingDisputeNotLate, error) {
	out := new(TrainingDisputeNotLate)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "NotLate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeNotYourMove represents a NotYourMove error raised by the TrainingDispute contract.
type TrainingDisputeNotYourMove struct {
	Id    *big.Int
	Phase uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourMove(uint256 id, uint8 phase)
func TrainingDisputeNotYourMoveErrorID() common.Hash {
	return common.HexToHash("0x303bbc565065cb36ee5d4e23e8844a7aab097a218a025648b2e04192205df4af")
}

// UnpackNotYourMoveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourMove(uint256 id, uint8 phase)
func (trainingDispute *TrainingDispute) UnpackNotYourMoveError(raw []byte) (*TrainingDisputeNotYourMove, error) {
	out := new(TrainingDisputeNotYourMove)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "NotYourMove", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the TrainingDispute contract.
type TrainingDisputeReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func TrainingDisputeReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (trainingDispute *TrainingDispute) UnpackReentrancyGuardReentrantCallError(raw []byte) (*TrainingDisputeReentrancyGuardReentrantCall, error) {
	out := new(TrainingDisputeReentrancyGuardReentrantCall)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingDisputeSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the TrainingDispute contract.
type TrainingDisputeSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func TrainingDisputeSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (trainingDispute *TrainingDispute) UnpackSafeERC20FailedOperationError(raw []byte) (*TrainingDisputeSafeERC20FailedOperation, error) {
	out := new(TrainingDisputeSafeERC20FailedOperation)
	if err := trainingDispute.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusMetaData contains all meta data concerning the ValidatorConsensus contract.
var ValidatorConsensusMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractNodeRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epochLength_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow_\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weights\",\"type\":\"uint256\"}],\"name\":\"BadVector\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"CommitClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"DuplicateNode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyVector\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"EpochNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"finalizedThrough\",\"type\":\"uint256\"}],\"name\":\"EpochOutOfOrder\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"NoCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NotScorable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"NotValidator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"RevealClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"TooManyNodes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"TooManyValidators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"weight\",\"type\":\"uint16\"}],\"name\":\"WeightOutOfRange\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"validators\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nodes\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"EpochFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"consensus\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"weight\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"reputation\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"NodeScored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"alpha\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"nodeShareBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rewardPerEpoch\",\"type\":\"uint256\"}],\"name\":\"ParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nodes\",\"type\":\"uint256\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"bond\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"ValidatorPaid\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_IDLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NODES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VALIDATORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_WEIGHT\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ONE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"alpha\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"bondEpochOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"bondOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commitWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"nodes\",\"type\":\"address[]\"},{\"internalType\":\"uint16[]\",\"name\":\"weights\",\"type\":\"uint16[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"commitmentFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"commitmentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"consensusOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"epochInfo\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"nodes\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"},{\"internalType\":\"bool\",\"name\":\"finalized\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochLength\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalizedThrough\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inCommitPhase\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractNodeRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"nodes\",\"type\":\"address[]\"},{\"internalType\":\"uint16[]\",\"name\":\"weights\",\"type\":\"uint16[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardPerEpoch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"alpha_\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"nodeShareBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"rewardPerEpoch_\",\"type\":\"uint256\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"start\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epoch\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"voteOf\",\"outputs\":[{\"internalType\":\"uint16[]\",\"name\":\"weights\",\"type\":\"uint16[]\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bool\",\"name\":\"revealed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "05738fba923a2c7937b13a39784a5e4b71",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161349b38038061349b83398101604081905261002f916101c7565b63ffffffff8116158061004e57508163ffffffff168163ffffffff1610155b1561006c57604051635435b28960e11b815260040160405180910390fd5b6001600160a01b03808616608052841660a0526001600160401b03421660c05263ffffffff80831660e0528116610100526100ac600a633b9aca00610230565b600180546001600160401b03929092166001600160501b03199092169190911769138800000000000000001790556100e45f846100ef565b50505050505061024f565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661018f575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101473390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610192565b505f5b92915050565b6001600160a01b03811681146101ac575f5ffd5b50565b805163ffffffff811681146101c2575f5ffd5b919050565b5f5f5f5f5f60a086880312156101db575f5ffd5b85516101e681610198565b60208701519095506101f781610198565b604087015190945061020881610198565b9250610216606087016101af565b9150610224608087016101af565b90509295509295909350565b5f8261024a57634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c05160e051610100516131b46102e75f395f81816102fb01526109ad01525f81816103e6015281816109d10152610d3301525f81816104f3015281816109fe0152610d6001525f8181610489015281816110090152818161127f015281816113dc0152818161244b0152818161275701526127ee01525f81816105e601528181610c1f0152610e3d01526131b45ff3fe608060405234801561000f575f5ffd5b5060043610610234575f3560e01c806375466ba311610135578063c87d6779116100b4578063db1d0fd511610079578063db1d0fd51461058a578063dc6092811461059d578063e4a28a52146105c5578063f14fcbc8146105ce578063fc0c546a146105e1575f5ffd5b8063c87d677914610520578063ca1d209d14610529578063cbe76cc51461053c578063d547741f14610564578063d602be6d14610577575f5ffd5b80638f16e1cd116100fa5780638f16e1cd146104cc57806391d14854146104d4578063a217fddf146104e7578063be9a6555146104ee578063c2ee3a0814610515575f5ffd5b806375466ba31461046a57806376671808146104735780637a8867931461047b5780637b1039991461048457806384449a9d146104c3575f5ffd5b806345ddc85d116101c157806357d775f81161018657806357d775f8146103e157806364fc2b9d1461040857806370a082311461041b578063714897df1461043a57806372d2b6c014610442575f5ffd5b806345ddc85d1461033a578063466907f91461035c578063491fba49146103865780634e71d92d1461039957806353c9a07a146103a1575f5ffd5b80632f2ff15d116102075780632f2ff15d146102ae57806336568abe146102c15780633894228e146102d457806340699005146102f657806342627a0714610332575f5ffd5b806301ffc9a71461023857806305261aea1461026057806316f0115b14610275578063248a9ca31461028c575b5f5ffd5b61024b610246366004612aec565b610608565b60405190151581526020015b60405180910390f35b61027361026e366004612b13565b61063e565b005b61027e60035481565b604051908152602001610257565b61027e61029a366004612b13565b5f9081526020819052604090206001015490565b6102736102bc366004612b45565b61085d565b6102736102cf366004612b45565b610887565b6102e76102e2366004612b13565b6108bf565b60405161025793929190612bb2565b61031d7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff9091168152602001610257565b61024b6109a5565b61034d610348366004612b45565b610a34565b60405161025793929190612be9565b61027e61036a366004612b45565b600960209081525f928352604080842090915290825290205481565b61027e610394366004612c90565b610b3c565b610273610b7d565b6103c96103af366004612d1f565b60076020525f90815260409020546001600160401b031681565b6040516001600160401b039091168152602001610257565b61031d7f000000000000000000000000000000000000000000000000000000000000000081565b610273610416366004612d5b565b610c51565b61027e610429366004612d1f565b60056020525f908152604090205481565b61027e602081565b6103c9610450366004612d1f565b60066020525f90815260409020546001600160401b031681565b61027e600a5481565b61027e610d2b565b61027e61010081565b6104ab7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610257565b61027e60025481565b61027e604081565b61024b6104e2366004612b45565b610d95565b61027e5f81565b6103c97f000000000000000000000000000000000000000000000000000000000000000081565b61027e633b9aca0081565b61027e60045481565b610273610537366004612b13565b610dbd565b60015461055190600160401b900461ffff1681565b60405161ffff9091168152602001610257565b610273610572366004612b45565b610e65565b610273610585366004612d99565b610e89565b6001546103c9906001600160401b031681565b6103c96105ab366004612d1f565b60086020525f90815260409020546001600160401b031681565b61055161271081565b6102736105dc366004612b13565b61138b565b6104ab7f000000000000000000000000000000000000000000000000000000000000000081565b5f6001600160e01b03198216637965db0b60e01b148061063857506301ffc9a760e01b6001600160e01b03198316145b92915050565b6106466114bf565b61064e610d2b565b81106106755760405163ceffd82f60e01b8152600481018290526024015b60405180910390fd5b5f818152600b60205260409020805460ff16156106a85760405163f075432960e01b81526004810183905260240161066c565b600a548210156106d957600a54604051637ed8843760e01b815261066c918491600401918252602082015260400190565b805460ff1916600190811782556106f1908390612e2c565b600a555f6106fe826114f4565b905080602001515f0361075d576001820154604080515f80825260208201939093529081019190915283907f70801d4d63b3da6c19ba7349911f45bed5a99ccdfb51b8138c105872529bebd59060600160405180910390a25050610852565b610766816118dc565b61076f81611b64565b61077a828285611d51565b5f6003546002541061078e57600354610792565b6002545b90505f8260e001515f146107c9576107ac848487856120c9565b6107b885858886612251565b6107c29190612e2c565b90506107d7565b6107d58484875f612251565b505b8060035f8282546107e89190612e3f565b925050819055508060045f8282546108009190612e2c565b90915550506020838101518451604080519283529282015290810182905285907f70801d4d63b3da6c19ba7349911f45bed5a99ccdfb51b8138c105872529bebd59060600160405180910390a2505050505b61085a612567565b50565b5f8281526020819052604090206001015461087781612591565b610881838361259b565b50505050565b6001600160a01b03811633146108b05760405163334bd91960e11b815260040160405180910390fd5b6108ba828261262a565b505050565b5f818152600b602090815260408083208054600182018054845181870281018701909552808552606096879690959293600286019360ff90911692909185919083018282801561093657602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610918575b505050505092508180548060200260200160405190810160405280929190818152602001828054801561099057602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610972575b50505050509150935093509350509193909250565b5f63ffffffff7f00000000000000000000000000000000000000000000000000000000000000008116907f000000000000000000000000000000000000000000000000000000000000000016610a246001600160401b037f00000000000000000000000000000000000000000000000000000000000000001642612e3f565b610a2e9190612e66565b10905090565b5f828152600b602090815260408083206001600160a01b0385168452600481019092528220600182015460609392839290916001600160401b03811115610a7d57610a7d612e79565b604051908082528060200260200182016040528015610aa6578160200160208202803683370190505b5094505f5b8551811015610b1a57610abf601082612e66565b610aca906010612e8d565b60018301610ad9601084612ea4565b60048110610ae957610ae9612eb7565b0154901c868281518110610aff57610aff612eb7565b61ffff90921660209283029190910190910152600101610aab565b505493966001600160601b0385169650600160601b90940460ff169450505050565b5f87878787878787604051602001610b5a9796959493929190612ecb565b604051602081830303815290604052805190602001209050979650505050505050565b610b856114bf565b335f9081526005602052604081205490819003610bb5576040516312d37ee560e31b815260040160405180910390fd5b335f90815260056020526040812081905560048054839290610bd8908490612e3f565b909155505060405181815233907fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a9060200160405180910390a2610c466001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383612693565b50610c4f612567565b565b5f610c5b81612591565b6001600160401b0384161580610c7d5750633b9aca00846001600160401b0316115b80610c8d57506127108361ffff16115b15610cab57604051635435b28960e11b815260040160405180910390fd5b600180546001600160401b03861669ffffffffffffffffffff199091168117600160401b61ffff87169081029190911790925560028490556040805191825260208201929092529081018390527f71f6e129595095e053e50202dea8ae2613ebd8ae13ada26e70c4eace65208bff9060600160405180910390a150505050565b5f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016610d866001600160401b037f00000000000000000000000000000000000000000000000000000000000000001642612e3f565b610d909190612ea4565b905090565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b610dc56114bf565b805f03610de55760405163162908e360e11b815260040160405180910390fd5b8060035f828254610df69190612e2c565b909155505060405181815233907f5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a5249060200160405180910390a26108526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330846126c8565b5f82815260208190526040902060010154610e7f81612591565b610881838361262a565b610e91610d2b565b86141580610ea25750610ea26109a5565b15610ec3576040516368d6219f60e11b81526004810187905260240161066c565b5f868152600b60209081526040808320338085526004820184528285208b865260098552838620918652935292205480610f1957604051634622cfef60e11b8152600481018a905233602482015260440161066c565b8154600160601b900460ff1615610f4c5760405163619cd47560e11b8152600481018a905233602482015260440161066c565b80610f5c8a338b8b8b8b8b610b3c565b14610f8357604051631ee8b01f60e11b8152600481018a905233602482015260440161066c565b861580610f905750868514155b80610f9b5750604087115b15610fc357604051631e81305160e21b8152600481018890526024810186905260440161066c565b6002830154602011610feb5760405163628fb2b960e01b8152600481018a905260240161066c565b6040516304390ea760e41b81523360048083019190915260248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634390ea7090604401602060405180830381865afa158015611056573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061107a9190612f89565b61109957604051633b4f6e2b60e21b815233600482015260240161066c565b6110a1612ace565b5f80805b8a811015611230575f6110df888f8f8f868181106110c5576110c5612eb7565b90506020020160208101906110da9190612d1f565b6126fe565b90506001811b841615611138578c8c838181106110fe576110fe612eb7565b90506020020160208101906111139190612d1f565b6040516358b78b5360e11b81526001600160a01b03909116600482015260240161066c565b806001901b841793505f8b8b8481811061115457611154612eb7565b90506020020160208101906111699190612fa2565b905061271061ffff821611156111cf578d8d8481811061118b5761118b612eb7565b90506020020160208101906111a09190612d1f565b60405163064f52ad60e51b81526001600160a01b03909116600482015261ffff8216602482015260440161066c565b6111da601083612e66565b6111e5906010612e8d565b61ffff8216901b866111f8601085612ea4565b6004811061120857611208612eb7565b602002018051909117905261122161ffff821685612e2c565b935050508060010190506110a5565b50805f03611251576040516334362f1b60e11b815260040160405180910390fd5b845460ff60601b1916600160601b1785556040516308f0b8af60e21b81523360048201526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906323c2e2bc9060240161018060405180830381865afa1580156112c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112e99190613041565b5185546bffffffffffffffffffffffff19166001600160601b03909116178555600185016113178482613131565b506002860180546001810182555f91825260209091200180546001600160a01b031916339081179091556040518d907ff87397f8ccf18c41bfee81144299ad64e11085c5a27b280fde98beeefd3e71bd90611375908e815260200190565b60405180910390a3505050505050505050505050565b5f611394610d2b565b905061139e6109a5565b6113be57604051636f51b84160e01b81526004810182905260240161066c565b6040516304390ea760e41b81523360048083019190915260248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634390ea7090604401602060405180830381865afa158015611429573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061144d9190612f89565b61146c57604051633b4f6e2b60e21b815233600482015260240161066c565b5f81815260096020908152604080832033808552908352928190208590555184815283917f26a454697a4923cb3646779d831b5e4696bd3fab14b67dd6dfe23d72354f57dd910160405180910390a35050565b6114c7612906565b610c4f60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612946565b6115456040518061014001604052805f81526020015f8152602001606081526020015f81526020016060815260200160608152602001606081526020015f8152602001606081526020015f81525090565b600182015481526002820154602082018190526001600160401b0381111561156f5761156f612e79565b604051908082528060200260200182016040528015611598578160200160208202803683370190505b50604082015260208101516001600160401b038111156115ba576115ba612e79565b6040519080825280602002602001820160405280156115ed57816020015b60608152602001906001900390816115d85790505b5060808201525f805b826020015181101561165d57836004015f85600201838154811061161c5761161c612eb7565b5f9182526020808320909101546001600160a01b03168352820192909252604001902054611653906001600160601b031683612e2c565b91506001016115f6565b505f5b82602001518110156118d5575f846004015f86600201848154811061168757611687612eb7565b5f9182526020808320909101546001600160a01b031683528201929092526040019020905082156116fb57805483906116ce90633b9aca00906001600160601b0316612e8d565b6116d89190612ea4565b846040015183815181106116ee576116ee612eb7565b6020026020010181815250505b8360400151828151811061171157611711612eb7565b60200260200101518460600181815161172a9190612e2c565b9052506040805160808101918290525f91600184019060049082845b81548152602001906001019080831161174657505050505090505f855f01516001600160401b0381111561177c5761177c612e79565b6040519080825280602002602001820160405280156117a5578160200160208202803683370190505b5090505f805b875181101561183e576117bf601082612e66565b6117ca906010612e8d565b846117d6601084612ea4565b600481106117e6576117e6612eb7565b6020020151901c61ffff1683828151811061180357611803612eb7565b60200260200101818152505082818151811061182157611821612eb7565b6020026020010151826118349190612e2c565b91506001016117ab565b505f5b87518110156118a35781633b9aca0084838151811061186257611862612eb7565b60200260200101516118749190612e8d565b61187e9190612ea4565b83828151811061189057611890612eb7565b6020908102919091010152600101611841565b5081876080015186815181106118bb576118bb612eb7565b602002602001018190525050505050806001019050611660565b5050919050565b80516001600160401b038111156118f5576118f5612e79565b60405190808252806020026020018201604052801561191e578160200160208202803683370190505b5060a082015260608101515f036119325750565b5f81602001516001600160401b0381111561194f5761194f612e79565b604051908082528060200260200182016040528015611978578160200160208202803683370190505b5090505f5b82518110156108ba575f5b8360200151811015611aac575f846040015182815181106119ab576119ab612eb7565b60200260200101516080866080015184815181106119cb576119cb612eb7565b602002602001015185815181106119e4576119e4612eb7565b6020026020010151901b1790505f8290505b5f81118015611a2e5750608082811c9086611a12600185612e3f565b81518110611a2257611a22612eb7565b6020026020010151901c105b15611a845784611a3f600183612e3f565b81518110611a4f57611a4f612eb7565b6020026020010151858281518110611a6957611a69612eb7565b6020908102919091010152611a7d81613151565b90506119f6565b81858281518110611a9757611a97612eb7565b60209081029190910101525050600101611988565b505f805b8460200151811015611b5a576fffffffffffffffffffffffffffffffff8016848281518110611ae157611ae1612eb7565b60200260200101511682611af59190612e2c565b6060860151909250611b08836002612e8d565b10611b52576080848281518110611b2157611b21612eb7565b6020026020010151901c8560a001518481518110611b4157611b41612eb7565b602002602001018181525050611b5a565b600101611ab0565b505060010161197d565b80516001600160401b03811115611b7d57611b7d612e79565b604051908082528060200260200182016040528015611ba6578160200160208202803683370190505b5060c08201525f5b8151811015611ccb575f805b8360200151811015611c5f57611c2384608001518281518110611bdf57611bdf612eb7565b60200260200101518481518110611bf857611bf8612eb7565b60200260200101518560a001518581518110611c1657611c16612eb7565b602002602001015161294d565b84604001518281518110611c3957611c39612eb7565b6020026020010151611c4b9190612e8d565b611c559083612e2c565b9150600101611bba565b50611c6e633b9aca0082612ea4565b8360c001518381518110611c8457611c84612eb7565b6020026020010181815250508260c001518281518110611ca657611ca6612eb7565b60200260200101518360e001818151611cbf9190612e2c565b90525050600101611bae565b505f5b8151811015611d4d5760e082015115611d22578160e00151633b9aca008360c001518381518110611d0157611d01612eb7565b6020026020010151611d139190612e8d565b611d1d9190612ea4565b611d24565b5f5b8260c001518281518110611d3a57611d3a612eb7565b6020908102919091010152600101611cce565b5050565b5f82602001516001600160401b03811115611d6e57611d6e612e79565b604051908082528060200260200182016040528015611d97578160200160208202803683370190505b5090505f805b8460200151811015611e9e575f805b8651811015611e4157611e0587608001518481518110611dce57611dce612eb7565b60200260200101518281518110611de757611de7612eb7565b60200260200101518860a001518381518110611c1657611c16612eb7565b87604001518481518110611e1b57611e1b612eb7565b6020026020010151611e2d9190612e8d565b611e379083612e2c565b9150600101611dac565b50611e50633b9aca0082612ea4565b848381518110611e6257611e62612eb7565b602002602001018181525050838281518110611e8057611e80612eb7565b602002602001015183611e939190612e2c565b925050600101611d9d565b5083602001516001600160401b03811115611ebb57611ebb612e79565b604051908082528060200260200182016040528015611ee4578160200160208202803683370190505b506101008501526001546001600160401b03165f5b85602001518110156120c0575f876002018281548110611f1b57611f1b612eb7565b5f9182526020822001546001600160a01b031691508415611f6f5784633b9aca00878581518110611f4e57611f4e612eb7565b6020026020010151611f609190612e8d565b611f6a9190612ea4565b611f71565b5f5b6001600160a01b0383165f9081526007602090815260408083205460069092528220549293506001600160401b0390811692611fc591168315611fbd57611fb8848c612e3f565b611fbf565b5f5b88612962565b90505f633b9aca0082611fd88983612e3f565b611fe29190612e8d565b611fec868a612e8d565b611ff69190612e2c565b6120009190612ea4565b9050808b6101000151878151811061201a5761201a612eb7565b602002602001018181525050808b610120018181516120399190612e2c565b9052506001600160a01b0385165f908152600660205260409020805467ffffffffffffffff19166001600160401b0383161790556120788a6001612e2c565b6001600160a01b03959095165f908152600760205260409020805467ffffffffffffffff19166001600160401b03909616959095179094555050506001919091019050611ef9565b50505050505050565b6001545f908190612710906120e990600160401b900461ffff1685612e8d565b6120f39190612ea4565b6120fd9084612e3f565b90505f5b8560200151811015612247575f87600201828154811061212357612123612eb7565b5f9182526020822001546101208901516001600160a01b0390911692501561218457876101200151886101000151848151811061216257612162612eb7565b6020026020010151856121759190612e8d565b61217f9190612ea4565b612186565b5f5b905080156121bb576001600160a01b0382165f90815260056020526040812080548392906121b5908490612e2c565b90915550505b6121c58186612e2c565b9450816001600160a01b0316877fd1afcd29820dd831408a210704cc624d27f6b1b07c178264720c1d7971a84a4c8a6101000151868151811061220a5761220a612eb7565b6020026020010151846040516122359291906001600160401b03929092168252602082015260400190565b60405180910390a35050600101612101565b5050949350505050565b6001545f9081906127109061227190600160401b900461ffff1685612e8d565b61227b9190612ea4565b90505f805b86518110156122d757818760c0015182815181106122a0576122a0612eb7565b602002602001015111156122cf578660c0015181815181106122c4576122c4612eb7565b602002602001015191505b600101612280565b505f5b865181101561255c575f8860010182815481106122f9576122f9612eb7565b5f91825260208220015460c08a015180516001600160a01b039092169350633b9aca00918590811061232d5761232d612eb7565b6020026020010151866123409190612e8d565b61234a9190612ea4565b90505f841561238e57848a60c00151858151811061236a5761236a612eb7565b602002602001015161271061237f9190612e8d565b6123899190612ea4565b612390565b5f5b905081156123c5576001600160a01b0383165f90815260056020526040812080548492906123bf908490612e2c565b90915550505b6123cf8288612e2c565b96508960a0015184815181106123e7576123e7612eb7565b6020908102919091018101516001600160a01b038581165f8181526008909452604093849020805467ffffffffffffffff19166001600160401b0390941693909317909255915162fbdc0960e31b8152600481019190915261ffff831660248201527f0000000000000000000000000000000000000000000000000000000000000000909116906307dee048906044015f604051808303815f87803b15801561248e575f5ffd5b505af11580156124a0573d5f5f3e3d5ffd5b50505050826001600160a01b0316897f8d7e5d2d9f42190c30321f326e409c25e3254c5cf541731832505dbb415742f88c60a0015187815181106124e6576124e6612eb7565b60200260200101518d60c00151888151811061250457612504612eb7565b6020026020010151858760405161254694939291906001600160401b03948516815292909316602083015261ffff166040820152606081019190915260800190565b60405180910390a35050508060010190506122da565b505050949350505050565b610c4f5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006114ee565b61085a81336129c6565b5f6125a68383610d95565b612623575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556125db3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610638565b505f610638565b5f6126358383610d95565b15612623575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610638565b6126a083838360016129ff565b6108ba57604051635274afe760e01b81526001600160a01b038416600482015260240161066c565b6126d6848484846001612a61565b61088157604051635274afe760e01b81526001600160a01b038516600482015260240161066c565b6001600160a01b0381165f908152600384016020526040812054801561273157612729600182612e3f565b9150506128ff565b6040516304390ea760e41b81526001600160a01b038481166004830152600160248301527f00000000000000000000000000000000000000000000000000000000000000001690634390ea7090604401602060405180830381865afa15801561279c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127c09190612f89565b15801561285957506040516304390ea760e41b81526001600160a01b038481166004830152601060248301527f00000000000000000000000000000000000000000000000000000000000000001690634390ea7090604401602060405180830381865afa158015612833573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128579190612f89565b155b15612882576040516322edcd4560e01b81526001600160a01b038416600482015260240161066c565b60018501546040116128aa576040516350ab762360e11b81526004810185905260240161066c565b6001858101805480830182555f828152602080822090920180546001600160a01b0319166001600160a01b038916908117909155925492815260038901909152604090208190556128fb9190612e3f565b9150505b9392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610c4f57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f81831061295b57816128ff565b5090919050565b5f610100831061297357505f6128ff565b5f5b838110801561298357508415155b156129bd57633b9aca006129978482612e3f565b6129a19087612e8d565b6129ab9190612ea4565b94506129b681613166565b9050612975565b50929392505050565b6129d08282610d95565b611d4d5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161066c565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612a55578383151615612a49573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612abd578383151615612ab1573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405180608001604052806004906020820280368337509192915050565b5f60208284031215612afc575f5ffd5b81356001600160e01b0319811681146128ff575f5ffd5b5f60208284031215612b23575f5ffd5b5035919050565b80356001600160a01b0381168114612b40575f5ffd5b919050565b5f5f60408385031215612b56575f5ffd5b82359150612b6660208401612b2a565b90509250929050565b5f8151808452602084019350602083015f5b82811015612ba85781516001600160a01b0316865260209586019590910190600101612b81565b5093949350505050565b606081525f612bc46060830186612b6f565b8281036020840152612bd68186612b6f565b9150508215156040830152949350505050565b606080825284519082018190525f9060208601906080840190835b81811015612c2657835161ffff16835260209384019390920191600101612c04565b50506001600160601b039590951660208401525050901515604090910152919050565b5f5f83601f840112612c59575f5ffd5b5081356001600160401b03811115612c6f575f5ffd5b6020830191508360208260051b8501011115612c89575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a031215612ca6575f5ffd5b87359650612cb660208901612b2a565b955060408801356001600160401b03811115612cd0575f5ffd5b612cdc8a828b01612c49565b90965094505060608801356001600160401b03811115612cfa575f5ffd5b612d068a828b01612c49565b989b979a50959894979596608090950135949350505050565b5f60208284031215612d2f575f5ffd5b6128ff82612b2a565b6001600160401b038116811461085a575f5ffd5b61ffff8116811461085a575f5ffd5b5f5f5f60608486031215612d6d575f5ffd5b8335612d7881612d38565b92506020840135612d8881612d4c565b929592945050506040919091013590565b5f5f5f5f5f5f60808789031215612dae575f5ffd5b8635955060208701356001600160401b03811115612dca575f5ffd5b612dd689828a01612c49565b90965094505060408701356001600160401b03811115612df4575f5ffd5b612e0089828a01612c49565b979a9699509497949695606090950135949350505050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561063857610638612e18565b8181038181111561063857610638612e18565b634e487b7160e01b5f52601260045260245ffd5b5f82612e7457612e74612e52565b500690565b634e487b7160e01b5f52604160045260245ffd5b808202811582820484141761063857610638612e18565b5f82612eb257612eb2612e52565b500490565b634e487b7160e01b5f52603260045260245ffd5b8781526001600160a01b038716602082015260a06040820181905281018590525f8660c08301825b88811015612f21576001600160a01b03612f0c84612b2a565b16825260209283019290910190600101612ef3565b5083810360608501528581526020019050855f805b87811015612f62578235612f4981612d4c565b61ffff1684526020938401939290920191600101612f36565b50505060809290920192909252979650505050505050565b80518015158114612b40575f5ffd5b5f60208284031215612f99575f5ffd5b6128ff82612f7a565b5f60208284031215612fb2575f5ffd5b81356128ff81612d4c565b60405161018081016001600160401b0381118282101715612fec57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160601b0381168114612b40575f5ffd5b8051612b4081612d38565b8051612b4081612d4c565b805160ff81168114612b40575f5ffd5b805163ffffffff81168114612b40575f5ffd5b5f610180828403128015613053575f5ffd5b5061305c612fbd565b61306583612ff2565b815261307360208401612ff2565b602082015261308460408401613008565b604082015261309560608401612ff2565b60608201526130a660808401613013565b60808201526130b760a0840161301e565b60a08201526130c860c08401612f7a565b60c08201526130d960e08401612f7a565b60e08201526130eb6101008401613013565b6101008201526130fe610120840161302e565b6101208201526131116101408401613013565b6101408201526131246101608401612ff2565b6101608201529392505050565b815f5b600481101561088157815183820155602090910190600101613134565b5f8161315f5761315f612e18565b505f190190565b5f6001820161317757613177612e18565b506001019056fea264697066735822122043f3b62000955345c73420b1c021426ca25292b7c8e04ff6ad3022ce6443602e64736f6c63430008250033",
}

// ValidatorConsensus is an auto generated Go binding around an Ethereum contract.
type ValidatorConsensus struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ValidatorConsensus) GetABI() abi.ABI {
	return c.abi
}

// NewValidatorConsensus creates a new instance of ValidatorConsensus.
func NewValidatorConsensus() *ValidatorConsensus {
	parsed, err := ValidatorConsensusMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ValidatorConsensus{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ValidatorConsensus) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address registry_, address admin, uint32 epochLength_, uint32 commitWindow_) returns()
func (validatorConsensus *ValidatorConsensus) PackConstructor(token_ common.Address, registry_ common.Address, admin common.Address, epochLength_ uint32, commitWindow_ uint32) []byte {
	enc, err := validatorConsensus.abi.Pack("", token_, registry_, admin, epochLength_, commitWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (validatorConsensus *ValidatorConsensus) PackDEFAULTADMINROLE() []byte {
	enc, err := validatorConsensus.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (validatorConsensus *ValidatorConsensus) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return validatorConsensus.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (validatorConsensus *ValidatorConsensus) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := validatorConsensus.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXIDLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a886793.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_IDLE() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) PackMAXIDLE() []byte {
	enc, err := validatorConsensus.abi.Pack("MAX_IDLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXIDLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a886793.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_IDLE() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) TryPackMAXIDLE() ([]byte, error) {
	return validatorConsensus.abi.Pack("MAX_IDLE")
}

// UnpackMAXIDLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a886793.
//
// Solidity: function MAX_IDLE() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) UnpackMAXIDLE(data []byte) (*big.Int, error) {
	out, err := validatorConsensus.abi.Unpack("MAX_IDLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXNODES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f16e1cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_NODES() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) PackMAXNODES() []byte {
	enc, err := validatorConsensus.abi.Pack("MAX_NODES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXNODES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f16e1cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_NODES() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) TryPackMAXNODES() ([]byte, error) {
	return validatorConsensus.abi.Pack("MAX_NODES")
}

// UnpackMAXNODES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f16e1cd.
//
// Solidity: function MAX_NODES() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) UnpackMAXNODES(data []byte) (*big.Int, error) {
	out, err := validatorConsensus.abi.Unpack("MAX_NODES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXVALIDATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x714897df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) PackMAXVALIDATORS() []byte {
	enc, err := validatorConsensus.abi.Pack("MAX_VALIDATORS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVALIDATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x714897df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) TryPackMAXVALIDATORS() ([]byte, error) {
	return validatorConsensus.abi.Pack("MAX_VALIDATORS")
}

// UnpackMAXVALIDATORS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x714897df.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) UnpackMAXVALIDATORS(data []byte) (*big.Int, error) {
	out, err := validatorConsensus.abi.Unpack("MAX_VALIDATORS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXWEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4a28a52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WEIGHT() view returns(uint16)
func (validatorConsensus *ValidatorConsensus) PackMAXWEIGHT() []byte {
	enc, err := validatorConsensus.abi.Pack("MAX_WEIGHT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXWEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4a28a52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_WEIGHT() view returns(uint16)
func (validatorConsensus *ValidatorConsensus) TryPackMAXWEIGHT() ([]byte, error) {
	return validatorConsensus.abi.Pack("MAX_WEIGHT")
}

// UnpackMAXWEIGHT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4a28a52.
//
// Solidity: function MAX_WEIGHT() view returns(uint16)
func (validatorConsensus *ValidatorConsensus) UnpackMAXWEIGHT(data []byte) (uint16, error) {
	out, err := validatorConsensus.abi.Unpack("MAX_WEIGHT", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ee3a08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ONE() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) PackONE() []byte {
	enc, err := validatorConsensus.abi.Pack("ONE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ee3a08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ONE() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) TryPackONE() ([]byte, error) {
	return validatorConsensus.abi.Pack("ONE")
}

// UnpackONE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2ee3a08.
//
// Solidity: function ONE() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) UnpackONE(data []byte) (*big.Int, error) {
	out, err := validatorConsensus.abi.Unpack("ONE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAlpha is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb1d0fd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function alpha() view returns(uint64)
func (validatorConsensus *ValidatorConsensus) PackAlpha() []byte {
	enc, err := validatorConsensus.abi.Pack("alpha")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAlpha is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb1d0fd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function alpha() view returns(uint64)
func (validatorConsensus *ValidatorConsensus) TryPackAlpha() ([]byte, error) {
	return validatorConsensus.abi.Pack("alpha")
}

// UnpackAlpha is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb1d0fd5.
//
// Solidity: function alpha() view returns(uint64)
func (validatorConsensus *ValidatorConsensus) UnpackAlpha(data []byte) (uint64, error) {
	out, err := validatorConsensus.abi.Unpack("alpha", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (validatorConsensus *ValidatorConsensus) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := validatorConsensus.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (validatorConsensus *ValidatorConsensus) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return validatorConsensus.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (validatorConsensus *ValidatorConsensus) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := validatorConsensus.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBondEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53c9a07a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bondEpochOf(address ) view returns(uint64)
func (validatorConsensus *ValidatorConsensus) PackBondEpochOf(arg0 common.Address) []byte {
	enc, err := validatorConsensus.abi.Pack("bondEpochOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBondEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53c9a07a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bondEpochOf(address ) view returns(uint64)
func (validatorConsensus *ValidatorConsensus) TryPackBondEpochOf(arg0 common.Address) ([]byte, error) {
	return validatorConsensus.abi.Pack("bondEpochOf", arg0)
}

// UnpackBondEpochOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x53c9a07a.
//
// Solidity: function bondEpochOf(address ) view returns(uint64)
func (validatorConsensus *ValidatorConsensus) UnpackBondEpochOf(data []byte) (uint64, error) {
	out, err := validatorConsensus.abi.Unpack("bondEpochOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBondOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72d2b6c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bondOf(address ) view returns(uint64)
func (validatorConsensus *ValidatorConsensus) PackBondOf(arg0 common.Address) []byte {
	enc, err := validatorConsensus.abi.Pack("bondOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBondOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72d2b6c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bondOf(address ) view returns(uint64)
func (validatorConsensus *ValidatorConsensus) TryPackBondOf(arg0 common.Address) ([]byte, error) {
	return validatorConsensus.abi.Pack("bondOf", arg0)
}

// UnpackBondOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72d2b6c0.
//
// Solidity: function bondOf(address ) view returns(uint64)
func (validatorConsensus *ValidatorConsensus) UnpackBondOf(data []byte) (uint64, error) {
	out, err := validatorConsensus.abi.Unpack("bondOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns()
func (validatorConsensus *ValidatorConsensus) PackClaim() []byte {
	enc, err := validatorConsensus.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns()
func (validatorConsensus *ValidatorConsensus) TryPackClaim() ([]byte, error) {
	return validatorConsensus.abi.Pack("claim")
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14fcbc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(bytes32 commitment) returns()
func (validatorConsensus *ValidatorConsensus) PackCommit(commitment [32]byte) []byte {
	enc, err := validatorConsensus.abi.Pack("commit", commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf14fcbc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(bytes32 commitment) returns()
func (validatorConsensus *ValidatorConsensus) TryPackCommit(commitment [32]byte) ([]byte, error) {
	return validatorConsensus.abi.Pack("commit", commitment)
}

// PackCommitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40699005.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitWindow() view returns(uint32)
func (validatorConsensus *ValidatorConsensus) PackCommitWindow() []byte {
	enc, err := validatorConsensus.abi.Pack("commitWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40699005.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitWindow() view returns(uint32)
func (validatorConsensus *ValidatorConsensus) TryPackCommitWindow() ([]byte, error) {
	return validatorConsensus.abi.Pack("commitWindow")
}

// UnpackCommitWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x40699005.
//
// Solidity: function commitWindow() view returns(uint32)
func (validatorConsensus *ValidatorConsensus) UnpackCommitWindow(data []byte) (uint32, error) {
	out, err := validatorConsensus.abi.Unpack("commitWindow", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCommitmentFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x491fba49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentFor(uint256 epoch, address validator, address[] nodes, uint16[] weights, bytes32 salt) pure returns(bytes32)
func (validatorConsensus *ValidatorConsensus) PackCommitmentFor(epoch *big.Int, validator common.Address, nodes []common.Address, weights []uint16, salt [32]byte) []byte {
	enc, err := validatorConsensus.abi.Pack("commitmentFor", epoch, validator, nodes, weights, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x491fba49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentFor(uint256 epoch, address validator, address[] nodes, uint16[] weights, bytes32 salt) pure returns(bytes32)
func (validatorConsensus *ValidatorConsensus) TryPackCommitmentFor(epoch *big.Int, validator common.Address, nodes []common.Address, weights []uint16, salt [32]byte) ([]byte, error) {
	return validatorConsensus.abi.Pack("commitmentFor", epoch, validator, nodes, weights, salt)
}

// UnpackCommitmentFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x491fba49.
//
// Solidity: function commitmentFor(uint256 epoch, address validator, address[] nodes, uint16[] weights, bytes32 salt) pure returns(bytes32)
func (validatorConsensus *ValidatorConsensus) UnpackCommitmentFor(data []byte) ([32]byte, error) {
	out, err := validatorConsensus.abi.Unpack("commitmentFor", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x466907f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf(uint256 , address ) view returns(bytes32)
func (validatorConsensus *ValidatorConsensus) PackCommitmentOf(arg0 *big.Int, arg1 common.Address) []byte {
	enc, err := validatorConsensus.abi.Pack("commitmentOf", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x466907f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf(uint256 , address ) view returns(bytes32)
func (validatorConsensus *ValidatorConsensus) TryPackCommitmentOf(arg0 *big.Int, arg1 common.Address) ([]byte, error) {
	return validatorConsensus.abi.Pack("commitmentOf", arg0, arg1)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x466907f9.
//
// Solidity: function commitmentOf(uint256 , address ) view returns(bytes32)
func (validatorConsensus *ValidatorConsensus) UnpackCommitmentOf(data []byte) ([32]byte, error) {
	out, err := validatorConsensus.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackConsensusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc609281.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consensusOf(address ) view returns(uint64)
func (validatorConsensus *ValidatorConsensus) PackConsensusOf(arg0 common.Address) []byte {
	enc, err := validatorConsensus.abi.Pack("consensusOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsensusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc609281.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consensusOf(address ) view returns(uint64)
func (validatorConsensus *ValidatorConsensus) TryPackConsensusOf(arg0 common.Address) ([]byte, error) {
	return validatorConsensus.abi.Pack("consensusOf", arg0)
}

// UnpackConsensusOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc609281.
//
// Solidity: function consensusOf(address ) view returns(uint64)
func (validatorConsensus *ValidatorConsensus) UnpackConsensusOf(data []byte) (uint64, error) {
	out, err := validatorConsensus.abi.Unpack("consensusOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) PackCurrentEpoch() []byte {
	enc, err := validatorConsensus.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) TryPackCurrentEpoch() ([]byte, error) {
	return validatorConsensus.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) UnpackCurrentEpoch(data []byte) (*big.Int, error) {
	out, err := validatorConsensus.abi.Unpack("currentEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEpochInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3894228e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochInfo(uint256 epoch) view returns(address[] nodes, address[] validators, bool finalized)
func (validatorConsensus *ValidatorConsensus) PackEpochInfo(epoch *big.Int) []byte {
	enc, err := validatorConsensus.abi.Pack("epochInfo", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3894228e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochInfo(uint256 epoch) view returns(address[] nodes, address[] validators, bool finalized)
func (validatorConsensus *ValidatorConsensus) TryPackEpochInfo(epoch *big.Int) ([]byte, error) {
	return validatorConsensus.abi.Pack("epochInfo", epoch)
}

// EpochInfoOutput serves as a container for the return parameters of contract
// method EpochInfo.
type EpochInfoOutput struct {
	Nodes      []common.Address
	Validators []common.Address
	Finalized  bool
}

// UnpackEpochInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3894228e.
//
// Solidity: function epochInfo(uint256 epoch) view returns(address[] nodes, address[] validators, bool finalized)
func (validatorConsensus *ValidatorConsensus) UnpackEpochInfo(data []byte) (EpochInfoOutput, error) {
	out, err := validatorConsensus.abi.Unpack("epochInfo", data)
	outstruct := new(EpochInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Nodes = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Validators = *abi.ConvertType(out[1], new([]common.Address)).(*[]common.Address)
	outstruct.Finalized = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochLength() view returns(uint32)
func (validatorConsensus *ValidatorConsensus) PackEpochLength() []byte {
	enc, err := validatorConsensus.abi.Pack("epochLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochLength() view returns(uint32)
func (validatorConsensus *ValidatorConsensus) TryPackEpochLength() ([]byte, error) {
	return validatorConsensus.abi.Pack("epochLength")
}

// UnpackEpochLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint32)
func (validatorConsensus *ValidatorConsensus) UnpackEpochLength(data []byte) (uint32, error) {
	out, err := validatorConsensus.abi.Unpack("epochLength", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 epoch) returns()
func (validatorConsensus *ValidatorConsensus) PackFinalize(epoch *big.Int) []byte {
	enc, err := validatorConsensus.abi.Pack("finalize", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 epoch) returns()
func (validatorConsensus *ValidatorConsensus) TryPackFinalize(epoch *big.Int) ([]byte, error) {
	return validatorConsensus.abi.Pack("finalize", epoch)
}

// PackFinalizedThrough is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75466ba3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizedThrough() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) PackFinalizedThrough() []byte {
	enc, err := validatorConsensus.abi.Pack("finalizedThrough")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizedThrough is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75466ba3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizedThrough() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) TryPackFinalizedThrough() ([]byte, error) {
	return validatorConsensus.abi.Pack("finalizedThrough")
}

// UnpackFinalizedThrough is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75466ba3.
//
// Solidity: function finalizedThrough() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) UnpackFinalizedThrough(data []byte) (*big.Int, error) {
	out, err := validatorConsensus.abi.Unpack("finalizedThrough", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca1d209d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fund(uint256 amount) returns()
func (validatorConsensus *ValidatorConsensus) PackFund(amount *big.Int) []byte {
	enc, err := validatorConsensus.abi.Pack("fund", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca1d209d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fund(uint256 amount) returns()
func (validatorConsensus *ValidatorConsensus) TryPackFund(amount *big.Int) ([]byte, error) {
	return validatorConsensus.abi.Pack("fund", amount)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (validatorConsensus *ValidatorConsensus) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := validatorConsensus.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (validatorConsensus *ValidatorConsensus) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return validatorConsensus.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (validatorConsensus *ValidatorConsensus) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := validatorConsensus.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (validatorConsensus *ValidatorConsensus) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := validatorConsensus.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (validatorConsensus *ValidatorConsensus) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return validatorConsensus.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (validatorConsensus *ValidatorConsensus) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := validatorConsensus.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (validatorConsensus *ValidatorConsensus) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return validatorConsensus.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (validatorConsensus *ValidatorConsensus) UnpackHasRole(data []byte) (bool, error) {
	out, err := validatorConsensus.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInCommitPhase is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42627a07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inCommitPhase() view returns(bool)
func (validatorConsensus *ValidatorConsensus) PackInCommitPhase() []byte {
	enc, err := validatorConsensus.abi.Pack("inCommitPhase")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInCommitPhase is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42627a07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inCommitPhase() view returns(bool)
func (validatorConsensus *ValidatorConsensus) TryPackInCommitPhase() ([]byte, error) {
	return validatorConsensus.abi.Pack("inCommitPhase")
}

// UnpackInCommitPhase is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42627a07.
//
// Solidity: function inCommitPhase() view returns(bool)
func (validatorConsensus *ValidatorConsensus) UnpackInCommitPhase(data []byte) (bool, error) {
	out, err := validatorConsensus.abi.Unpack("inCommitPhase", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackNodeShareBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbe76cc5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeShareBps() view returns(uint16)
func (validatorConsensus *ValidatorConsensus) PackNodeShareBps() []byte {
	enc, err := validatorConsensus.abi.Pack("nodeShareBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeShareBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbe76cc5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeShareBps() view returns(uint16)
func (validatorConsensus *ValidatorConsensus) TryPackNodeShareBps() ([]byte, error) {
	return validatorConsensus.abi.Pack("nodeShareBps")
}

// UnpackNodeShareBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbe76cc5.
//
// Solidity: function nodeShareBps() view returns(uint16)
func (validatorConsensus *ValidatorConsensus) UnpackNodeShareBps(data []byte) (uint16, error) {
	out, err := validatorConsensus.abi.Unpack("nodeShareBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87d6779.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) PackOwed() []byte {
	enc, err := validatorConsensus.abi.Pack("owed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87d6779.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) TryPackOwed() ([]byte, error) {
	return validatorConsensus.abi.Pack("owed")
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87d6779.
//
// Solidity: function owed() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := validatorConsensus.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pool() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) PackPool() []byte {
	enc, err := validatorConsensus.abi.Pack("pool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pool() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) TryPackPool() ([]byte, error) {
	return validatorConsensus.abi.Pack("pool")
}

// UnpackPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16f0115b.
//
// Solidity: function pool() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) UnpackPool(data []byte) (*big.Int, error) {
	out, err := validatorConsensus.abi.Unpack("pool", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (validatorConsensus *ValidatorConsensus) PackRegistry() []byte {
	enc, err := validatorConsensus.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (validatorConsensus *ValidatorConsensus) TryPackRegistry() ([]byte, error) {
	return validatorConsensus.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (validatorConsensus *ValidatorConsensus) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := validatorConsensus.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (validatorConsensus *ValidatorConsensus) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := validatorConsensus.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (validatorConsensus *ValidatorConsensus) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return validatorConsensus.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602be6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 epoch, address[] nodes, uint16[] weights, bytes32 salt) returns()
func (validatorConsensus *ValidatorConsensus) PackReveal(epoch *big.Int, nodes []common.Address, weights []uint16, salt [32]byte) []byte {
	enc, err := validatorConsensus.abi.Pack("reveal", epoch, nodes, weights, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602be6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 epoch, address[] nodes, uint16[] weights, bytes32 salt) returns()
func (validatorConsensus *ValidatorConsensus) TryPackReveal(epoch *big.Int, nodes []common.Address, weights []uint16, salt [32]byte) ([]byte, error) {
	return validatorConsensus.abi.Pack("reveal", epoch, nodes, weights, salt)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (validatorConsensus *ValidatorConsensus) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := validatorConsensus.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (validatorConsensus *ValidatorConsensus) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return validatorConsensus.abi.Pack("revokeRole", role, account)
}

// PackRewardPerEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84449a9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardPerEpoch() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) PackRewardPerEpoch() []byte {
	enc, err := validatorConsensus.abi.Pack("rewardPerEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardPerEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84449a9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardPerEpoch() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) TryPackRewardPerEpoch() ([]byte, error) {
	return validatorConsensus.abi.Pack("rewardPerEpoch")
}

// UnpackRewardPerEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84449a9d.
//
// Solidity: function rewardPerEpoch() view returns(uint256)
func (validatorConsensus *ValidatorConsensus) UnpackRewardPerEpoch(data []byte) (*big.Int, error) {
	out, err := validatorConsensus.abi.Unpack("rewardPerEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64fc2b9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams(uint64 alpha_, uint16 nodeShareBps_, uint256 rewardPerEpoch_) returns()
func (validatorConsensus *ValidatorConsensus) PackSetParams(alpha uint64, nodeShareBps uint16, rewardPerEpoch *big.Int) []byte {
	enc, err := validatorConsensus.abi.Pack("setParams", alpha, nodeShareBps, rewardPerEpoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64fc2b9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams(uint64 alpha_, uint16 nodeShareBps_, uint256 rewardPerEpoch_) returns()
func (validatorConsensus *ValidatorConsensus) TryPackSetParams(alpha uint64, nodeShareBps uint16, rewardPerEpoch *big.Int) ([]byte, error) {
	return validatorConsensus.abi.Pack("setParams", alpha, nodeShareBps, rewardPerEpoch)
}

// PackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe9a6555.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function start() view returns(uint64)
func (validatorConsensus *ValidatorConsensus) PackStart() []byte {
	enc, err := validatorConsensus.abi.Pack("start")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe9a6555.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function start() view returns(uint64)
func (validatorConsensus *ValidatorConsensus) TryPackStart() ([]byte, error) {
	return validatorConsensus.abi.Pack("start")
}

// UnpackStart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe9a6555.
//
// Solidity: function start() view returns(uint64)
func (validatorConsensus *ValidatorConsensus) UnpackStart(data []byte) (uint64, error) {
	out, err := validatorConsensus.abi.Unpack("start", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (validatorConsensus *ValidatorConsensus) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := validatorConsensus.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (validatorConsensus *ValidatorConsensus) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return validatorConsensus.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (validatorConsensus *ValidatorConsensus) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := validatorConsensus.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (validatorConsensus *ValidatorConsensus) PackToken() []byte {
	enc, err := validatorConsensus.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (validatorConsensus *ValidatorConsensus) TryPackToken() ([]byte, error) {
	return validatorConsensus.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (validatorConsensus *ValidatorConsensus) UnpackToken(data []byte) (common.Address, error) {
	out, err := validatorConsensus.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVoteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45ddc85d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteOf(uint256 epoch, address validator) view returns(uint16[] weights, uint96 stake, bool revealed)
func (validatorConsensus *ValidatorConsensus) PackVoteOf(epoch *big.Int, validator common.Address) []byte {
	enc, err := validatorConsensus.abi.Pack("voteOf", epoch, validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45ddc85d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteOf(uint256 epoch, address validator) view returns(uint16[] weights, uint96 stake, bool revealed)
func (validatorConsensus *ValidatorConsensus) TryPackVoteOf(epoch *big.Int, validator common.Address) ([]byte, error) {
	return validatorConsensus.abi.Pack("voteOf", epoch, validator)
}

// VoteOfOutput serves as a container for the return parameters of contract
// method VoteOf.
type VoteOfOutput struct {
	Weights  []uint16
	Stake    *big.Int
	Revealed bool
}

// UnpackVoteOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45ddc85d.
//
// Solidity: function voteOf(uint256 epoch, address validator) view returns(uint16[] weights, uint96 stake, bool revealed)
func (validatorConsensus *ValidatorConsensus) UnpackVoteOf(data []byte) (VoteOfOutput, error) {
	out, err := validatorConsensus.abi.Unpack("voteOf", data)
	outstruct := new(VoteOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Weights = *abi.ConvertType(out[0], new([]uint16)).(*[]uint16)
	outstruct.Stake = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Revealed = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// ValidatorConsensusClaimed represents a Claimed event raised by the ValidatorConsensus contract.
type ValidatorConsensusClaimed struct {
	Who    common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ValidatorConsensusClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (ValidatorConsensusClaimed) ContractEventName() string {
	return ValidatorConsensusClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed who, uint256 amount)
func (validatorConsensus *ValidatorConsensus) UnpackClaimedEvent(log *types.Log) (*ValidatorConsensusClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorConsensus.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorConsensusClaimed)
	if len(log.Data) > 0 {
		if err := validatorConsensus.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorConsensus.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ValidatorConsensusCommitted represents a Committed event raised by the ValidatorConsensus contract.
type ValidatorConsensusCommitted struct {
	Epoch      *big.Int
	Validator  common.Address
	Commitment [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const ValidatorConsensusCommittedEventName = "Committed"

// ContractEventName returns the user-defined event name.
func (ValidatorConsensusCommitted) ContractEventName() string {
	return ValidatorConsensusCommittedEventName
}

// UnpackCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Committed(uint256 indexed epoch, address indexed validator, bytes32 commitment)
func (validatorConsensus *ValidatorConsensus) UnpackCommittedEvent(log *types.Log) (*ValidatorConsensusCommitted, error) {
	event := "Committed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorConsensus.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorConsensusCommitted)
	if len(log.Data) > 0 {
		if err := validatorConsensus.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorConsensus.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ValidatorConsensusEpochFinalized represents a EpochFinalized event raised by the ValidatorConsensus contract.
type ValidatorConsensusEpochFinalized struct {
	Epoch      *big.Int
	Validators *big.Int
	Nodes      *big.Int
	Paid       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ValidatorConsensusEpochFinalizedEventName = "EpochFinalized"

// ContractEventName returns the user-defined event name.
func (ValidatorConsensusEpochFinalized) ContractEventName() string {
	return ValidatorConsensusEpochFinalizedEventName
}

// UnpackEpochFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochFinalized(uint256 indexed epoch, uint256 validators, uint256 nodes, uint256 paid)
func (validatorConsensus *ValidatorConsensus) UnpackEpochFinalizedEvent(log *types.Log) (*ValidatorConsensusEpochFinalized, error) {
	event := "EpochFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorConsensus.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorConsensusEpochFinalized)
	if len(log.Data) > 0 {
		if err := validatorConsensus.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorConsensus.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ValidatorConsensusFunded represents a Funded event raised by the ValidatorConsensus contract.
type ValidatorConsensusFunded struct {
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ValidatorConsensusFundedEventName = "Funded"

// ContractEventName returns the user-defined event name.
func (ValidatorConsensusFunded) ContractEventName() string {
	return ValidatorConsensusFundedEventName
}

// UnpackFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Funded(address indexed from, uint256 amount)
func (validatorConsensus *ValidatorConsensus) UnpackFundedEvent(log *types.Log) (*ValidatorConsensusFunded, error) {
	event := "Funded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorConsensus.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorConsensusFunded)
	if len(log.Data) > 0 {
		if err := validatorConsensus.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorConsensus.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ValidatorConsensusNodeScored represents a NodeScored event raised by the ValidatorConsensus contract.
type ValidatorConsensusNodeScored struct {
	Epoch      *big.Int
	Node       common.Address
	Consensus  uint64
	Weight     uint64
	Reputation uint16
	Reward     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ValidatorConsensusNodeScoredEventName = "NodeScored"

// ContractEventName returns the user-defined event name.
func (ValidatorConsensusNodeScored) ContractEventName() string {
	return ValidatorConsensusNodeScoredEventName
}

// UnpackNodeScoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeScored(uint256 indexed epoch, address indexed node, uint64 consensus, uint64 weight, uint16 reputation, uint256 reward)
func (validatorConsensus *ValidatorConsensus) UnpackNodeScoredEvent(log *types.Log) (*ValidatorConsensusNodeScored, error) {
	event := "NodeScored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorConsensus.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorConsensusNodeScored)
	if len(log.Data) > 0 {
		if err := validatorConsensus.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorConsensus.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ValidatorConsensusParamsSet represents a ParamsSet event raised by the ValidatorConsensus contract.
type ValidatorConsensusParamsSet struct {
	Alpha          uint64
	NodeShareBps   uint16
	RewardPerEpoch *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ValidatorConsensusParamsSetEventName = "ParamsSet"

// ContractEventName returns the user-defined event name.
func (ValidatorConsensusParamsSet) ContractEventName() string {
	return ValidatorConsensusParamsSetEventName
}

// UnpackParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsSet(uint64 alpha, uint16 nodeShareBps, uint256 rewardPerEpoch)
func (validatorConsensus *ValidatorConsensus) UnpackParamsSetEvent(log *types.Log) (*ValidatorConsensusParamsSet, error) {
	event := "ParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorConsensus.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorConsensusParamsSet)
	if len(log.Data) > 0 {
		if err := validatorConsensus.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorConsensus.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ValidatorConsensusRevealed represents a Revealed event raised by the ValidatorConsensus contract.
type ValidatorConsensusRevealed struct {
	Epoch     *big.Int
	Validator common.Address
	Nodes     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ValidatorConsensusRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (ValidatorConsensusRevealed) ContractEventName() string {
	return ValidatorConsensusRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint256 indexed epoch, address indexed validator, uint256 nodes)
func (validatorConsensus *ValidatorConsensus) UnpackRevealedEvent(log *types.Log) (*ValidatorConsensusRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorConsensus.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorConsensusRevealed)
	if len(log.Data) > 0 {
		if err := validatorConsensus.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorConsensus.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ValidatorConsensusRoleAdminChanged represents a RoleAdminChanged event raised by the ValidatorConsensus contract.
type ValidatorConsensusRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ValidatorConsensusRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ValidatorConsensusRoleAdminChanged) ContractEventName() string {
	return ValidatorConsensusRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (validatorConsensus *ValidatorConsensus) UnpackRoleAdminChangedEvent(log *types.Log) (*ValidatorConsensusRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorConsensus.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorConsensusRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := validatorConsensus.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorConsensus.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ValidatorConsensusRoleGranted represents a RoleGranted event raised by the ValidatorConsensus contract.
type ValidatorConsensusRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValidatorConsensusRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ValidatorConsensusRoleGranted) ContractEventName() string {
	return ValidatorConsensusRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (validatorConsensus *ValidatorConsensus) UnpackRoleGrantedEvent(log *types.Log) (*ValidatorConsensusRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorConsensus.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorConsensusRoleGranted)
	if len(log.Data) > 0 {
		if err := validatorConsensus.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorConsensus.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ValidatorConsensusRoleRevoked represents a RoleRevoked event raised by the ValidatorConsensus contract.
type ValidatorConsensusRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValidatorConsensusRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ValidatorConsensusRoleRevoked) ContractEventName() string {
	return ValidatorConsensusRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (validatorConsensus *ValidatorConsensus) UnpackRoleRevokedEvent(log *types.Log) (*ValidatorConsensusRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorConsensus.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorConsensusRoleRevoked)
	if len(log.Data) > 0 {
		if err := validatorConsensus.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorConsensus.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ValidatorConsensusValidatorPaid represents a ValidatorPaid event raised by the ValidatorConsensus contract.
type ValidatorConsensusValidatorPaid struct {
	Epoch     *big.Int
	Validator common.Address
	Bond      uint64
	Reward    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ValidatorConsensusValidatorPaidEventName = "ValidatorPaid"

// ContractEventName returns the user-defined event name.
func (ValidatorConsensusValidatorPaid) ContractEventName() string {
	return ValidatorConsensusValidatorPaidEventName
}

// UnpackValidatorPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorPaid(uint256 indexed epoch, address indexed validator, uint64 bond, uint256 reward)
func (validatorConsensus *ValidatorConsensus) UnpackValidatorPaidEvent(log *types.Log) (*ValidatorConsensusValidatorPaid, error) {
	event := "ValidatorPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorConsensus.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorConsensusValidatorPaid)
	if len(log.Data) > 0 {
		if err := validatorConsensus.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorConsensus.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (validatorConsensus *ValidatorConsensus) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["AlreadyFinalized"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["BadVector"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackBadVectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["CommitClosed"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackCommitClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["DuplicateNode"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackDuplicateNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["EmptyVector"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackEmptyVectorError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["EpochNotOver"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackEpochNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["EpochOutOfOrder"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackEpochOutOfOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["InvalidAmount"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackInvalidAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["InvalidParams"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackInvalidParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["NoCommitment"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackNoCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["NotScorable"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackNotScorableError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["NotValidator"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackNotValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["RevealClosed"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackRevealClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["TooManyNodes"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackTooManyNodesError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["TooManyValidators"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackTooManyValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorConsensus.abi.Errors["WeightOutOfRange"].ID.Bytes()[:4]) {
		return validatorConsensus.UnpackWeightOutOfRangeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ValidatorConsensusAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ValidatorConsensus contract.
type ValidatorConsensusAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ValidatorConsensusAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (validatorConsensus *ValidatorConsensus) UnpackAccessControlBadConfirmationError(raw []byte) (*ValidatorConsensusAccessControlBadConfirmation, error) {
	out := new(ValidatorConsensusAccessControlBadConfirmation)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ValidatorConsensus contract.
type ValidatorConsensusAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ValidatorConsensusAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (validatorConsensus *ValidatorConsensus) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ValidatorConsensusAccessControlUnauthorizedAccount, error) {
	out := new(ValidatorConsensusAccessControlUnauthorizedAccount)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusAlreadyFinalized represents a AlreadyFinalized error raised by the ValidatorConsensus contract.
type ValidatorConsensusAlreadyFinalized struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinalized(uint256 epoch)
func ValidatorConsensusAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0xf075432911496a9efbc824c20b649ec3a83845a62966846bd8cf1cbb1cea71c3")
}

// UnpackAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinalized(uint256 epoch)
func (validatorConsensus *ValidatorConsensus) UnpackAlreadyFinalizedError(raw []byte) (*ValidatorConsensusAlreadyFinalized, error) {
	out := new(ValidatorConsensusAlreadyFinalized)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "AlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusAlreadyRevealed represents a AlreadyRevealed error raised by the ValidatorConsensus contract.
type ValidatorConsensusAlreadyRevealed struct {
	Epoch     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 epoch, address validator)
func ValidatorConsensusAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xc339a8eafd48dabac86cb46ba11d79d623822599e1f7cd11ef84ff056b7d4ce9")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 epoch, address validator)
func (validatorConsensus *ValidatorConsensus) UnpackAlreadyRevealedError(raw []byte) (*ValidatorConsensusAlreadyRevealed, error) {
	out := new(ValidatorConsensusAlreadyRevealed)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusBadVector represents a BadVector error raised by the ValidatorConsensus contract.
type ValidatorConsensusBadVector struct {
	Nodes   *big.Int
	Weights *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadVector(uint256 nodes, uint256 weights)
func ValidatorConsensusBadVectorErrorID() common.Hash {
	return common.HexToHash("0x7a04c1442adaaaa7b73e659715c4315197225ee6cdab274d3031ea4bebbeb61f")
}

// UnpackBadVectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadVector(uint256 nodes, uint256 weights)
func (validatorConsensus *ValidatorConsensus) UnpackBadVectorError(raw []byte) (*ValidatorConsensusBadVector, error) {
	out := new(ValidatorConsensusBadVector)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "BadVector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusCommitClosed represents a CommitClosed error raised by the ValidatorConsensus contract.
type ValidatorConsensusCommitClosed struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitClosed(uint256 epoch)
func ValidatorConsensusCommitClosedErrorID() common.Hash {
	return common.HexToHash("0x6f51b8411d94a574f43e6af691a9dd9d5d0b73197689f88da3bd4b42d997866c")
}

// UnpackCommitClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitClosed(uint256 epoch)
func (validatorConsensus *ValidatorConsensus) UnpackCommitClosedError(raw []byte) (*ValidatorConsensusCommitClosed, error) {
	out := new(ValidatorConsensusCommitClosed)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "CommitClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusCommitmentMismatch represents a CommitmentMismatch error raised by the ValidatorConsensus contract.
type ValidatorConsensusCommitmentMismatch struct {
	Epoch     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 epoch, address validator)
func ValidatorConsensusCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 epoch, address validator)
func (validatorConsensus *ValidatorConsensus) UnpackCommitmentMismatchError(raw []byte) (*ValidatorConsensusCommitmentMismatch, error) {
	out := new(ValidatorConsensusCommitmentMismatch)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusDuplicateNode represents a DuplicateNode error raised by the ValidatorConsensus contract.
type ValidatorConsensusDuplicateNode struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateNode(address node)
func ValidatorConsensusDuplicateNodeErrorID() common.Hash {
	return common.HexToHash("0xb16f16a6e85e1f5dd4256ce08190c2e4d34d0a5e9e0db7ab58c19c34e6580e51")
}

// UnpackDuplicateNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateNode(address node)
func (validatorConsensus *ValidatorConsensus) UnpackDuplicateNodeError(raw []byte) (*ValidatorConsensusDuplicateNode, error) {
	out := new(ValidatorConsensusDuplicateNode)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "DuplicateNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusEmptyVector represents a EmptyVector error raised by the ValidatorConsensus contract.
type ValidatorConsensusEmptyVector struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyVector()
func ValidatorConsensusEmptyVectorErrorID() common.Hash {
	return common.HexToHash("0x686c5e36a4c934afaf4ba207678e1d527169cfcc77db75d0f61a743ab23d06b6")
}

// UnpackEmptyVectorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyVector()
func (validatorConsensus *ValidatorConsensus) UnpackEmptyVectorError(raw []byte) (*ValidatorConsensusEmptyVector, error) {
	out := new(ValidatorConsensusEmptyVector)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "EmptyVector", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusEpochNotOver represents a EpochNotOver error raised by the ValidatorConsensus contract.
type ValidatorConsensusEpochNotOver struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotOver(uint256 epoch)
func ValidatorConsensusEpochNotOverErrorID() common.Hash {
	return common.HexToHash("0xceffd82f825068d58d89ba1397e331b00ec73fed4c88bebe8415a546ec20f1d3")
}

// UnpackEpochNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotOver(uint256 epoch)
func (validatorConsensus *ValidatorConsensus) UnpackEpochNotOverError(raw []byte) (*ValidatorConsensusEpochNotOver, error) {
	out := new(ValidatorConsensusEpochNotOver)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "EpochNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusEpochOutOfOrder represents a EpochOutOfOrder error raised by the ValidatorConsensus contract.
type ValidatorConsensusEpochOutOfOrder struct {
	Epoch            *big.Int
	FinalizedThrough *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochOutOfOrder(uint256 epoch, uint256 finalizedThrough)
func ValidatorConsensusEpochOutOfOrderErrorID() common.Hash {
	return common.HexToHash("0x7ed88437600997db42113f3f7e346de757c1f3602c2e0dd7ff4d0832691c7053")
}

// UnpackEpochOutOfOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochOutOfOrder(uint256 epoch, uint256 finalizedThrough)
func (validatorConsensus *ValidatorConsensus) UnpackEpochOutOfOrderError(raw []byte) (*ValidatorConsensusEpochOutOfOrder, error) {
	out := new(ValidatorConsensusEpochOutOfOrder)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "EpochOutOfOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusInvalidAmount represents a InvalidAmount error raised by the ValidatorConsensus contract.
type ValidatorConsensusInvalidAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAmount()
func ValidatorConsensusInvalidAmountErrorID() common.Hash {
	return common.HexToHash("0x2c5211c6cb73b16841677a034781e8336d18ce66df858e54153c86854e11f7b8")
}

// UnpackInvalidAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAmount()
func (validatorConsensus *ValidatorConsensus) UnpackInvalidAmountError(raw []byte) (*ValidatorConsensusInvalidAmount, error) {
	out := new(ValidatorConsensusInvalidAmount)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "InvalidAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusInvalidParams represents a InvalidParams error raised by the ValidatorConsensus contract.
type ValidatorConsensusInvalidParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParams()
func ValidatorConsensusInvalidParamsErrorID() common.Hash {
	return common.HexToHash("0xa86b65120b98ec2b50fcad62782dbb454a5c0604e0cf2db01fd94e5048d895b9")
}

// UnpackInvalidParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParams()
func (validatorConsensus *ValidatorConsensus) UnpackInvalidParamsError(raw []byte) (*ValidatorConsensusInvalidParams, error) {
	out := new(ValidatorConsensusInvalidParams)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "InvalidParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusNoCommitment represents a NoCommitment error raised by the ValidatorConsensus contract.
type ValidatorConsensusNoCommitment struct {
	Epoch     *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCommitment(uint256 epoch, address validator)
func ValidatorConsensusNoCommitmentErrorID() common.Hash {
	return common.HexToHash("0x8c459fde07645d92528e3f45fdc0ab2be9322ec099b9d01ab03b8d6b70c5e2fa")
}

// UnpackNoCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCommitment(uint256 epoch, address validator)
func (validatorConsensus *ValidatorConsensus) UnpackNoCommitmentError(raw []byte) (*ValidatorConsensusNoCommitment, error) {
	out := new(ValidatorConsensusNoCommitment)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "NoCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusNotScorable represents a NotScorable error raised by the ValidatorConsensus contract.
type ValidatorConsensusNotScorable struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotScorable(address node)
func ValidatorConsensusNotScorableErrorID() common.Hash {
	return common.HexToHash("0x22edcd45faf7dedcfd5a03f73a42a840fa963412352d56bfc136eb9c61122ffe")
}

// UnpackNotScorableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotScorable(address node)
func (validatorConsensus *ValidatorConsensus) UnpackNotScorableError(raw []byte) (*ValidatorConsensusNotScorable, error) {
	out := new(ValidatorConsensusNotScorable)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "NotScorable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusNotValidator represents a NotValidator error raised by the ValidatorConsensus contract.
type ValidatorConsensusNotValidator struct {
	Who common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidator(address who)
func ValidatorConsensusNotValidatorErrorID() common.Hash {
	return common.HexToHash("0xed3db8ac0aff2f11d9c21259b57051cec9967e78c0d61c8321b092e63647d624")
}

// UnpackNotValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidator(address who)
func (validatorConsensus *ValidatorConsensus) UnpackNotValidatorError(raw []byte) (*ValidatorConsensusNotValidator, error) {
	out := new(ValidatorConsensusNotValidator)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "NotValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusNothingToClaim represents a NothingToClaim error raised by the ValidatorConsensus contract.
type ValidatorConsensusNothingToClaim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim()
func ValidatorConsensusNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x969bf7288f744225521096ebffff657851af77dd4c63700d76b8d1cf6481d1f1")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim()
func (validatorConsensus *ValidatorConsensus) UnpackNothingToClaimError(raw []byte) (*ValidatorConsensusNothingToClaim, error) {
	out := new(ValidatorConsensusNothingToClaim)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the ValidatorConsensus contract.
type ValidatorConsensusReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ValidatorConsensusReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (validatorConsensus *ValidatorConsensus) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ValidatorConsensusReentrancyGuardReentrantCall, error) {
	out := new(ValidatorConsensusReentrancyGuardReentrantCall)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusRevealClosed represents a RevealClosed error raised by the ValidatorConsensus contract.
type ValidatorConsensusRevealClosed struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealClosed(uint256 epoch)
func ValidatorConsensusRevealClosedErrorID() common.Hash {
	return common.HexToHash("0xd1ac433e1b803a60023b8fb0d74ef31d2001e6c1a62bb13a400814cd394e8171")
}

// UnpackRevealClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealClosed(uint256 epoch)
func (validatorConsensus *ValidatorConsensus) UnpackRevealClosedError(raw []byte) (*ValidatorConsensusRevealClosed, error) {
	out := new(ValidatorConsensusRevealClosed)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "RevealClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ValidatorConsensus contract.
type ValidatorConsensusSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ValidatorConsensusSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (validatorConsensus *ValidatorConsensus) UnpackSafeERC20FailedOperationError(raw []byte) (*ValidatorConsensusSafeERC20FailedOperation, error) {
	out := new(ValidatorConsensusSafeERC20FailedOperation)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusTooManyNodes represents a TooManyNodes error raised by the ValidatorConsensus contract.
type ValidatorConsensusTooManyNodes struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyNodes(uint256 epoch)
func ValidatorConsensusTooManyNodesErrorID() common.Hash {
	return common.HexToHash("0xa156ec460fd99e2437b3ed630eed267b71f973d915441718b0c9a74730f01ed6")
}

// UnpackTooManyNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyNodes(uint256 epoch)
func (validatorConsensus *ValidatorConsensus) UnpackTooManyNodesError(raw []byte) (*ValidatorConsensusTooManyNodes, error) {
	out := new(ValidatorConsensusTooManyNodes)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "TooManyNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusTooManyValidators represents a TooManyValidators error raised by the ValidatorConsensus contract.
type ValidatorConsensusTooManyValidators struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyValidators(uint256 epoch)
func ValidatorConsensusTooManyValidatorsErrorID() common.Hash {
	return common.HexToHash("0x628fb2b997b1baecc4ef1763c10c38f1af2e763429dfedc06287049ce877d5fe")
}

// UnpackTooManyValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyValidators(uint256 epoch)
func (validatorConsensus *ValidatorConsensus) UnpackTooManyValidatorsError(raw []byte) (*ValidatorConsensusTooManyValidators, error) {
	out := new(ValidatorConsensusTooManyValidators)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "TooManyValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorConsensusWeightOutOfRange represents a WeightOutOfRange error raised by the ValidatorConsensus contract.
type ValidatorConsensusWeightOutOfRange struct {
	Node   common.Address
	Weight uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WeightOutOfRange(address node, uint16 weight)
func ValidatorConsensusWeightOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xc9ea55a0eec9fb26e80a4a5141bbf3fc83d8b286eb4026e041412242b314601d")
}

// UnpackWeightOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WeightOutOfRange(address node, uint16 weight)
func (validatorConsensus *ValidatorConsensus) UnpackWeightOutOfRangeError(raw []byte) (*ValidatorConsensusWeightOutOfRange, error) {
	out := new(ValidatorConsensusWeightOutOfRange)
	if err := validatorConsensus.abi.UnpackIntoInterface(out, "WeightOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}
