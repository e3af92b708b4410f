// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {TaskMarket} from "./TaskMarket.sol";
import {RoyaltyToken, ROYALTY_SHARES} from "./RoyaltyToken.sol";

/// @notice The royalty split in basis points, snapshotted at each mint.
struct RoyaltySplit {
    uint16 dataBps; // data owners, by samples contributed
    uint16 trainerBps; // trainers, by committed rounds contributed
    uint16 validatorBps; // the task's attesting validators, equally
    uint16 baseRoyaltyBps; // a fine-tuned model's shares held by its base model's royalty token
}

/// @notice A listed model as `model(id)` returns it.
struct ModelInfo {
    uint256 taskId; // the task that trained it (= the model id)
    uint64 baseModelId; // the model it was fine-tuned from; 0 for none
    uint64 subnetId; // the subnet its task named; 0 for none
    address royaltyToken; // its RoyaltyToken clone (owns the ERC-721 asset too)
    uint32 metric; // the validators' attested median metric on hold-out data (basis points)
    uint32 ratingCount; // ratings (1..5) given
    uint32 ratingSum; // their sum
    bytes cid; // the final model's CID (the last committed round's)
}

/// @title ModelRegistry
/// @notice The model library. When a TaskMarket task settles with an accepted result, anyone may mint
/// its final model: an ERC-721 asset (token id = task id) with the model's CID, subnet and lineage, and a
/// RoyaltyToken clone whose shares pay the model's contributors from its inference and oracle fees.
/// Everything is read from the market; the caller only supplies what the market keeps as hashes or
/// events (the last round's CID, participants and epsilon, checked against the round commitment, and
/// the attesting validators, checked one by one and counted).
///
/// Distribution algorithm (TOTAL_SHARES = 10^24 shares; integer division, rounding down):
///  1. Lineage: a task whose publisher declared a base model gives `baseRoyaltyBps` of the shares to the
///     base model's royalty token (its holders then receive that part of every payment to the new
///     model through `RoyaltyToken.collect`). R = the remaining shares.
///  2. Data owners: `dataBps` of R, split by the samples each contributed, as the task's coordinator
///     declared them before settlement (`declareData`). None declared: this pool joins the trainers'.
///  3. Trainers: `trainerBps` of R, split by verified work: the committed rounds each selected, unslashed
///     trainer contributed to (the market's round commitments, `contributedRounds`).
///  4. Validators: `validatorBps` of R, equally among the validators that attested the task.
///  5. The DAO treasury (the market's treasury): the rest, with every rounding remainder, and any pool
///     with nobody in it.
/// Ratings: any address rates a listed model once, 1..5. Listing: the ModelMinted events (no id array is
/// kept, so that a mint writes no list slot).
contract ModelRegistry is ERC721, AccessControl {
    /// @notice The most data owners a task may declare.
    uint256 public constant MAX_DATA_OWNERS = 32;

    struct TaskInfo {
        uint64 baseModelId;
        uint64 subnetId;
        bool declared;
        bool dataDeclared;
    }

    struct Model {
        RoyaltyToken royaltyToken;
        uint32 metric;
        uint32 ratingCount;
        uint32 ratingSum;
    }

    struct DataShare {
        address owner;
        uint96 samples;
    }

    /// @notice The market whose settled tasks are minted.
    TaskMarket public immutable market;
    /// @notice The RoyaltyToken implementation every model's token clones (deployed by the constructor).
    address public immutable royaltyImplementation;
    /// @notice The split the next mint uses.
    RoyaltySplit public split;

    mapping(uint256 taskId => TaskInfo) internal _tasks;
    mapping(uint256 taskId => DataShare[]) internal _data;
    mapping(uint256 modelId => Model) internal _models;
    mapping(uint256 modelId => mapping(address => bool)) public hasRated;

    event TaskDeclared(uint256 indexed taskId, uint64 baseModelId, uint64 subnetId);
    event DataDeclared(uint256 indexed taskId, address[] owners, uint96[] samples);
    event ModelMinted(
        uint256 indexed modelId, address royaltyToken, uint64 baseModelId, uint64 subnetId, uint32 metric, bytes cid
    );
    event Rated(uint256 indexed modelId, address indexed rater, uint8 stars);
    event SplitSet(RoyaltySplit split);

    error InvalidSplit();
    error NotPublisher(address caller);
    error NotCoordinator(address caller);
    error WrongTaskStatus(uint256 taskId, TaskMarket.Status status);
    error AlreadyDeclared(uint256 taskId);
    error BadDataOwners();
    error UnknownModel(uint256 modelId);
    error AlreadyMinted(uint256 taskId);
    error NotAccepted(uint256 taskId, uint32 metric, uint32 threshold);
    error WrongModel(uint256 taskId);
    error WrongValidators(uint256 taskId);
    error BadRating(uint8 stars);
    error AlreadyRated(uint256 modelId, address rater);

    /// @param market_ the task market (its token is the royalty tokens' payment token).
    /// @param admin may change the split (the DAO timelock).
    /// @param split_ the initial split.
    constructor(TaskMarket market_, address admin, RoyaltySplit memory split_) ERC721("Cohort model", "CMODEL") {
        market = market_;
        royaltyImplementation = address(new RoyaltyToken(market_.token(), address(this)));
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setSplit(split_);
    }

    /// @notice Sets the split later mints use (admin). The three pools may not exceed 10,000 bps, nor
    /// the base royalty 5,000.
    function setSplit(RoyaltySplit calldata s) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setSplit(s);
    }

    /// @notice The task's publisher declares, while the task is open for bids (so bidders see it), the
    /// model it fine-tunes (a listed model; 0 for none) and its subnet (0 for none). Once per task.
    function declare(uint256 taskId, uint64 baseModelId, uint64 subnetId) external {
        TaskMarket.Task memory t = market.getTask(taskId);
        if (msg.sender != t.publisher) revert NotPublisher(msg.sender);
        if (t.status != TaskMarket.Status.Open) revert WrongTaskStatus(taskId, t.status);
        TaskInfo storage ti = _tasks[taskId];
        if (ti.declared) revert AlreadyDeclared(taskId);
        if (baseModelId != 0 && _ownerOf(baseModelId) == address(0)) revert UnknownModel(baseModelId);
        ti.baseModelId = baseModelId;
        ti.subnetId = subnetId;
        ti.declared = true;
        emit TaskDeclared(taskId, baseModelId, subnetId);
    }

    /// @notice The task's coordinator (who weighted the updates by them) declares the data owners and the
    /// samples each contributed, once, after selection and before settlement.
    function declareData(uint256 taskId, address[] calldata owners, uint96[] calldata samples) external {
        TaskMarket.Task memory t = market.getTask(taskId);
        if (msg.sender != t.coordinator) revert NotCoordinator(msg.sender);
        TaskMarket.Status st = t.status;
        if (st != TaskMarket.Status.Selected && st != TaskMarket.Status.Attested && st != TaskMarket.Status.Disputed) {
            revert WrongTaskStatus(taskId, st);
        }
        TaskInfo storage ti = _tasks[taskId];
        if (ti.dataDeclared) revert AlreadyDeclared(taskId);
        uint256 n = owners.length;
        if (n == 0 || n > MAX_DATA_OWNERS || samples.length != n) revert BadDataOwners();
        for (uint256 i = 0; i < n; ++i) {
            if (owners[i] == address(0) || samples[i] == 0) revert BadDataOwners();
            _data[taskId].push(DataShare(owners[i], samples[i]));
        }
        ti.dataDeclared = true;
        emit DataDeclared(taskId, owners, samples);
    }

    /// @notice Mints a settled, accepted task's final model (anyone). `cid`, `participants` and `epsilon`
    /// are the last round's, as RoundCommitted logged them (WrongModel unless they hash to its
    /// commitment); `validators` are every validator that attested, in increasing address order
    /// (WrongValidators otherwise). Trainers and their rounds are read from the market.
    /// @return royaltyToken the model's royalty token.
    function mint(
        uint256 taskId,
        bytes calldata cid,
        address[] calldata participants,
        uint64 epsilon,
        address[] calldata validators
    ) external returns (address royaltyToken) {
        (TaskMarket.Progress memory pr, uint256 selected) = _mintable(taskId, cid, participants, epsilon);
        _checkValidators(taskId, validators, pr.attestCount);
        bytes memory args = _allocate(taskId, _tasks[taskId].baseModelId, pr, selected, validators);
        royaltyToken = Clones.cloneWithImmutableArgs(royaltyImplementation, bytes.concat(args, cid));
        _record(taskId, royaltyToken, pr.metric, cid);
    }

    /// @notice Rates a listed model, 1..5, once per address.
    function rate(uint256 modelId, uint8 stars) external {
        Model storage m = _model(modelId);
        if (stars == 0 || stars > 5) revert BadRating(stars);
        if (hasRated[modelId][msg.sender]) revert AlreadyRated(modelId, msg.sender);
        hasRated[modelId][msg.sender] = true;
        m.ratingCount += 1;
        m.ratingSum += stars;
        emit Rated(modelId, msg.sender, stars);
    }

    /// @notice A listed model.
    function model(uint256 modelId) external view returns (ModelInfo memory info) {
        Model memory m = _model(modelId);
        TaskInfo memory ti = _tasks[modelId];
        info = ModelInfo(modelId, ti.baseModelId, ti.subnetId, address(m.royaltyToken), m.metric, m.ratingCount,
            m.ratingSum, m.royaltyToken.cid());
    }

    /// @notice The royalty token of a listed model.
    function royaltyTokenOf(uint256 modelId) external view returns (address) {
        return address(_model(modelId).royaltyToken);
    }

    /// @notice What a task's publisher declared: its base model and subnet.
    function taskInfo(uint256 taskId) external view returns (uint64 baseModelId, uint64 subnetId, bool declared) {
        TaskInfo memory ti = _tasks[taskId];
        return (ti.baseModelId, ti.subnetId, ti.declared);
    }

    /// @notice The data owners a task's coordinator declared.
    function dataOwners(uint256 taskId) external view returns (DataShare[] memory) {
        return _data[taskId];
    }

    function supportsInterface(bytes4 id) public view override(ERC721, AccessControl) returns (bool) {
        return super.supportsInterface(id);
    }

    // ---- internal ----

    function _setSplit(RoyaltySplit memory s) internal {
        if (uint256(s.dataBps) + s.trainerBps + s.validatorBps > 10_000 || s.baseRoyaltyBps > 5_000) {
            revert InvalidSplit();
        }
        split = s;
        emit SplitSet(s);
    }

    /// @dev A settled, accepted, unminted task whose last round commitment `cid`, `participants` and
    /// `epsilon` open; returns its progress and selected count.
    function _mintable(uint256 taskId, bytes calldata cid, address[] calldata participants, uint64 epsilon)
        internal
        view
        returns (TaskMarket.Progress memory pr, uint256 selected)
    {
        TaskMarket.Task memory t = market.getTask(taskId);
        if (t.status != TaskMarket.Status.Settled) revert WrongTaskStatus(taskId, t.status);
        if (_ownerOf(taskId) != address(0)) revert AlreadyMinted(taskId);
        pr = market.getProgress(taskId);
        if (pr.metric < t.metricThreshold) revert NotAccepted(taskId, pr.metric, t.metricThreshold);
        if (market.roundCommitment(taskId, pr.rounds) != keccak256(abi.encode(cid, participants, epsilon))) {
            revert WrongModel(taskId);
        }
        selected = t.selectedCount;
    }

    function _record(uint256 taskId, address royaltyToken, uint32 metric, bytes calldata cid) internal {
        _models[taskId] = Model(RoyaltyToken(royaltyToken), metric, 0, 0);
        _mint(royaltyToken, taskId);
        TaskInfo memory ti = _tasks[taskId];
        emit ModelMinted(taskId, royaltyToken, ti.baseModelId, ti.subnetId, metric, cid);
    }

    function _model(uint256 modelId) internal view returns (Model storage m) {
        m = _models[modelId];
        if (address(m.royaltyToken) == address(0)) revert UnknownModel(modelId);
    }

    /// @dev Every attester once: as many as the market counted, strictly increasing, each attested.
    function _checkValidators(uint256 taskId, address[] calldata validators, uint256 count) internal view {
        if (validators.length != count) revert WrongValidators(taskId);
        address prev;
        for (uint256 i = 0; i < count; ++i) {
            address v = validators[i];
            if (v <= prev || !market.hasAttested(taskId, v)) revert WrongValidators(taskId);
            prev = v;
        }
    }

    /// @dev An allocation table being written: [uint16 n][n x (holder, uint80 shares)].
    struct Table {
        bytes args;
        uint256 n;
        uint256 left; // shares not yet given (the treasury's at the end)
    }

    /// @dev The clone's allocation table, by the algorithm above.
    function _allocate(
        uint256 taskId,
        uint64 baseId,
        TaskMarket.Progress memory pr,
        uint256 selected,
        address[] calldata validators
    ) internal view returns (bytes memory args) {
        RoyaltySplit memory s = split;
        DataShare[] memory data = _data[taskId];
        Table memory tb = Table(new bytes(4 + (selected + data.length + validators.length + 2) * 30), 0, 0);
        uint256 rest = _baseCut(tb, baseId, s.baseRoyaltyBps);
        uint256 trainerPool = (rest * s.trainerBps) / 10_000;
        uint256 dataPool = (rest * s.dataBps) / 10_000;
        if (data.length == 0) trainerPool += dataPool;
        else _putData(tb, data, dataPool);
        _putTrainers(tb, taskId, pr, selected, trainerPool);
        _putValidators(tb, validators, (rest * s.validatorBps) / 10_000);
        uint256 left = tb.left;
        tb.left += left; // the treasury's entry takes the rest
        _put(tb, market.treasury(), left);
        args = tb.args;
        uint256 n = tb.n;
        args[0] = bytes1(uint8(n >> 8));
        args[1] = bytes1(uint8(n));
        assembly ("memory-safe") {
            mstore(args, add(2, mul(n, 30))) // drop unused entries
        }
    }

    /// @dev Gives the base model's royalty token its cut; returns the shares left for this model.
    function _baseCut(Table memory tb, uint64 baseId, uint16 bps) internal view returns (uint256 rest) {
        rest = ROYALTY_SHARES;
        tb.left = rest;
        if (baseId == 0) return rest;
        uint256 cut = (rest * bps) / 10_000;
        _put(tb, address(_models[baseId].royaltyToken), cut);
        rest -= cut;
    }

    function _putValidators(Table memory tb, address[] calldata validators, uint256 pool) internal pure {
        uint256 each = pool / validators.length;
        for (uint256 i = 0; i < validators.length; ++i) {
            _put(tb, validators[i], each);
        }
    }

    function _putData(Table memory tb, DataShare[] memory data, uint256 pool) internal pure {
        uint256 total;
        for (uint256 i = 0; i < data.length; ++i) total += data[i].samples;
        for (uint256 i = 0; i < data.length; ++i) {
            _put(tb, data[i].owner, (pool * data[i].samples) / total);
        }
    }

    /// @dev The selected, unslashed trainers with at least one contributed round, by their rounds.
    function _putTrainers(Table memory tb, uint256 taskId, TaskMarket.Progress memory pr, uint256 selected, uint256 pool)
        internal
        view
    {
        uint256 mask = pr.selectedMask & ~pr.slashedMask;
        address[] memory nodes = new address[](selected);
        uint256[] memory rounds = new uint256[](selected);
        uint256 n;
        uint256 total;
        for (uint256 i = 0; mask >> i != 0; ++i) {
            if ((mask >> i) & 1 == 0) continue;
            (address node,,,) = market.getBid(taskId, i);
            uint256 r = market.contributedRounds(taskId, node);
            if (r == 0) continue;
            nodes[n] = node;
            rounds[n] = r;
            total += r;
            ++n;
        }
        for (uint256 i = 0; i < n; ++i) {
            _put(tb, nodes[i], (pool * rounds[i]) / total);
        }
    }

    function _put(Table memory tb, address holder, uint256 shares) internal pure {
        if (shares == 0) return;
        tb.left -= shares;
        bytes memory args = tb.args;
        uint256 n = tb.n;
        // Entries are 30 bytes: each 32-byte store spills 2 zero bytes that the next entry (or the
        // table's 2 spare bytes) takes.
        uint256 word = (uint256(uint160(holder)) << 96) | (shares << 16);
        assembly ("memory-safe") {
            mstore(add(add(args, 34), mul(n, 30)), word)
        }
        tb.n = n + 1;
    }
}
