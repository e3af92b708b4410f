// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Vm} from "../utils/Vm.sol";
import {CohortToken} from "../../src/CohortToken.sol";
import {NodeRegistry, Hardware} from "../../src/NodeRegistry.sol";
import {TaskMarket, MarketParams} from "../../src/TaskMarket.sol";
import {TrainingDispute, IVerifiedMarket} from "../../src/TrainingDispute.sol";
import {ValidatorConsensus} from "../../src/ValidatorConsensus.sol";
import {LowestPrice, ReputationWeighted} from "../../src/Schedulers.sol";
import {DataRegistry} from "../../src/DataRegistry.sol";
import {InferenceOracle} from "../../src/InferenceOracle.sol";
import {MockVerifier} from "../mocks/MockVerifier.sol";

/// @notice The deployed suite, its actors and the shared clock that every handler reads. The invariant
/// test deploys one World; each handler drives one contract and keeps its own ghost ledger.
contract World {
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    uint256 public constant INITIAL_SUPPLY = 1e27;
    uint256 public constant ACTORS = 16;
    uint32 public constant UNBONDING_DELAY = 3 days;
    uint32 public constant DISPUTE_WINDOW = 1 days;
    uint16 public constant FEE_BPS = 250;
    uint8 public constant QUORUM = 3;
    uint96 public constant MIN_STAKE = 100e18;
    uint16 public constant VALIDATOR_SHARE_BPS = 2_000;
    uint96 public constant TRAINER_BOND = 20e18;
    uint96 public constant VALIDATOR_STAKE = 100e18;
    uint96 public constant BID_BOND = 5e18;
    /// @notice Percent of the fee after the validators' share that the market credits the consensus pool.
    uint8 public constant POOL_SHARE_PCT = 40;
    // TrainingDispute: challenger bond, slash, move and vote timeouts, arbiter quorum.
    uint96 public constant CHALLENGE_BOND = 10e18;
    uint96 public constant CHALLENGE_SLASH = 50e18;
    uint32 public constant MOVE_TIMEOUT = 6 hours;
    uint32 public constant VOTE_TIMEOUT = 6 hours;
    // ValidatorConsensus: epoch, commit window, reward per epoch.
    uint32 public constant EPOCH = 1 days;
    uint32 public constant COMMIT_WINDOW = 12 hours;
    uint256 public constant REWARD_PER_EPOCH = 10e18;

    address public immutable admin = address(0xAD);
    address public immutable treasury = address(0x7EA);
    CohortToken public immutable token;
    NodeRegistry public immutable registry;
    TaskMarket public immutable market;
    DataRegistry public immutable data;
    InferenceOracle public immutable oracle;
    TrainingDispute public immutable dispute;
    ValidatorConsensus public immutable consensus;
    MockVerifier public immutable verifier;

    /// @notice The time every handler call starts at (forge's invariant runner does not carry
    /// block.timestamp from one call to the next by itself).
    uint256 public now_ = 1_700_000_000;
    /// @notice Tokens minted after deployment (by the owner only).
    uint256 public ghostMinted;
    /// @notice Per node, what contracts other than the registry handler slashed from its stake (the
    /// market's bond slashes, the training dispute's slashes), as their handlers saw it sent.
    mapping(address => uint256) public ghostSlashedElsewhere;
    /// @notice Tokens ValidatorConsensus.collectFees moved from the market into the consensus pool.
    uint256 public ghostPoolCollected;

    address[] internal _actors;

    constructor() {
        vm.warp(now_);
        token = new CohortToken(admin, INITIAL_SUPPLY);
        registry = new NodeRegistry(token, admin, UNBONDING_DELAY);
        consensus = new ValidatorConsensus(token, registry, admin, EPOCH, COMMIT_WINDOW);
        market = new TaskMarket(
            token,
            registry,
            admin,
            MarketParams(
                treasury,
                FEE_BPS,
                QUORUM,
                DISPUTE_WINDOW,
                VALIDATOR_SHARE_BPS,
                TRAINER_BOND,
                VALIDATOR_STAKE,
                BID_BOND,
                address(consensus),
                POOL_SHARE_PCT
            )
        );
        dispute = new TrainingDispute(
            token, registry, CHALLENGE_BOND, CHALLENGE_SLASH, MOVE_TIMEOUT, VOTE_TIMEOUT, 3, IVerifiedMarket(address(0))
        );
        data = new DataRegistry(registry, token, admin);
        oracle = new InferenceOracle(token, admin);
        verifier = new MockVerifier();
        LowestPrice lp = new LowestPrice();
        ReputationWeighted rw = new ReputationWeighted();
        vm.startPrank(admin);
        registry.grantRole(registry.LOCKER_ROLE(), address(market));
        registry.grantRole(registry.SLASHER_ROLE(), address(dispute));
        registry.grantRole(registry.LOCKER_ROLE(), address(dispute));
        registry.grantRole(registry.SCORER_ROLE(), address(consensus));
        consensus.setParams(uint64(consensus.ONE() / 10), 5_000, REWARD_PER_EPOCH);
        registry.setMinStake(registry.ROLE_TRAINER(), MIN_STAKE);
        registry.setMinStake(registry.ROLE_VALIDATOR(), MIN_STAKE);
        registry.setMinStake(registry.ROLE_AUTHORIZER(), MIN_STAKE);
        market.setScheduler(0, lp);
        market.setScheduler(1, rw);
        oracle.registerModel(bytes32(uint256(1)), address(verifier), 1, 64, admin);
        oracle.registerModel(bytes32(uint256(2)), address(verifier), 3, 64, admin);
        vm.stopPrank();

        // Actors 0-5 are trainers, 6-9 validators, 10-11 authorizers (all staked); 12-15 start
        // unregistered. Every actor gets tokens and approves every contract.
        for (uint256 i = 0; i < ACTORS; ++i) {
            // Actors have keys: trainers sign training commitments for TrainingDispute.
            address a = vm.addr(0x1000 + i);
            _actors.push(a);
            vm.prank(admin);
            token.transfer(a, 1e24);
            vm.startPrank(a);
            token.approve(address(registry), type(uint256).max);
            token.approve(address(market), type(uint256).max);
            token.approve(address(data), type(uint256).max);
            token.approve(address(oracle), type(uint256).max);
            token.approve(address(dispute), type(uint256).max);
            token.approve(address(consensus), type(uint256).max);
            if (i < 12) {
                uint8 roles = i < 6 ? 1 : (i < 10 ? 4 : 2);
                registry.register(roles, "http://node", Hardware(8, 16_384, uint16(i % 2), ""), uint96(1e18 + i), 200e18);
            }
            vm.stopPrank();
        }
    }

    /// @notice Moves the shared clock forward.
    function advance(uint256 secs) external {
        now_ += secs;
    }

    /// @notice Records an owner mint (called by the token handler after a successful mint).
    function noteMint(uint256 amount) external {
        ghostMinted += amount;
    }

    /// @notice Records a slash made by a contract other than through the registry handler.
    function notePoolCollected(uint256 amount) external {
        ghostPoolCollected += amount;
    }

    function noteSlash(address node, uint256 amount) external {
        ghostSlashedElsewhere[node] += amount;
    }

    /// @notice The private key of actor i (seed % ACTORS).
    function keyOf(uint256 seed) external pure returns (uint256) {
        return 0x1000 + (seed % ACTORS);
    }

    function actor(uint256 seed) external view returns (address) {
        return _actors[seed % ACTORS];
    }

    function actors() external view returns (address[] memory) {
        return _actors;
    }

    /// @notice Every address that can hold tokens in this world: the actors, the admin, the treasury and
    /// the contracts.
    function holders() external view returns (address[] memory h) {
        h = new address[](ACTORS + 8);
        for (uint256 i = 0; i < ACTORS; ++i) h[i] = _actors[i];
        h[ACTORS] = admin;
        h[ACTORS + 1] = treasury;
        h[ACTORS + 2] = address(registry);
        h[ACTORS + 3] = address(market);
        h[ACTORS + 4] = address(data);
        h[ACTORS + 5] = address(oracle);
        h[ACTORS + 6] = address(dispute);
        h[ACTORS + 7] = address(consensus);
    }
}
