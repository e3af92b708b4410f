// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {TaskMarket} from "./TaskMarket.sol";
import {IScheduler} from "./IScheduler.sol";

/// @notice A subnet: the standard every task or inference request in it follows.
struct Subnet {
    string name;
    uint8 kind; // 1 training, 2 inference
    uint8 status; // 1 active, 2 paused (takes no new tasks or models), 3 retired
    uint8 schedulerId; // the market's scheduler id its tasks select with
    IScheduler scheduler; // the scheduler contract behind that id when the subnet was written
    bytes32 schemaId; // the data schema's content id: SHA-256 of its canonical form (internal/schema)
    bytes32 vkHash; // inference subnets: the model id (the verifying key's hash); zero for training
    string modelCid; // the model spec's CID
    string strategy; // the aggregation strategy ("fedavg", "trimmed-mean", ...)
    string params; // the strategy's parameters, canonical JSON
}

/// @title SubnetRegistry
/// @notice The subnets the DAO standardizes. A subnet fixes a data schema, a model spec, an aggregation
/// strategy with its parameters and a scheduler (training), or a circuit's verifying-key hash (inference).
/// Only the SUBNET_ADMIN role (the DAO's timelock) creates and updates subnets. A task's publisher binds
/// a published, still open task to an active training subnet with `attach`, which checks the task's
/// snapshotted scheduler against the subnet's; nodes read the binding and refuse a task whose document
/// disagrees with its subnet (schema, strategy, model). InferenceOracle checks a model's id against its
/// subnet's verifying-key hash.
contract SubnetRegistry is AccessControl {
    /// @notice May create and update subnets (the DAO's timelock).
    bytes32 public constant SUBNET_ADMIN_ROLE = keccak256("SUBNET_ADMIN_ROLE");

    uint8 public constant KIND_TRAINING = 1;
    uint8 public constant KIND_INFERENCE = 2;
    uint8 public constant STATUS_ACTIVE = 1;
    uint8 public constant STATUS_PAUSED = 2;
    uint8 public constant STATUS_RETIRED = 3;
    /// @notice The longest name, model CID, strategy name and parameter document, bytes.
    uint256 public constant MAX_NAME = 64;
    uint256 public constant MAX_CID = 128;
    uint256 public constant MAX_PARAMS = 1024;

    /// @notice The market whose tasks attach to training subnets.
    TaskMarket public immutable market;

    Subnet[] internal _subnets; // subnet id = index + 1
    /// @notice The subnet a task is bound to (0: none).
    mapping(uint256 taskId => uint256) public subnetOfTask;

    event SubnetCreated(uint256 indexed subnetId, string name, uint8 kind);
    event SubnetUpdated(uint256 indexed subnetId, bytes32 schemaId, bytes32 vkHash, string modelCid, uint8 schedulerId, string strategy);
    event SubnetStatusSet(uint256 indexed subnetId, uint8 status);
    event TaskAttached(uint256 indexed taskId, uint256 indexed subnetId);

    error UnknownSubnet(uint256 subnetId);
    error InvalidSubnet(string what);
    error SubnetNotActive(uint256 subnetId, uint8 status);
    error WrongSubnetKind(uint256 subnetId, uint8 kind);
    error NotTaskPublisher(uint256 taskId, address caller);
    error TaskNotOpen(uint256 taskId);
    error TaskAlreadyAttached(uint256 taskId, uint256 subnetId);
    error SchedulerMismatch(uint256 taskId, address task, address subnet);

    /// @notice Deploys the registry. The deployment grants SUBNET_ADMIN_ROLE separately (to the DAO's
    /// timelock), so the constructor hands out only the admin role.
    /// @param market_ the task market.
    /// @param admin receives DEFAULT_ADMIN_ROLE.
    constructor(TaskMarket market_, address admin) {
        market = market_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Creates an active subnet. SUBNET_ADMIN only.
    /// @param s the subnet; its status is ignored (a new subnet is active).
    /// @return subnetId the new subnet's id (from 1).
    function create(Subnet calldata s) external onlyRole(SUBNET_ADMIN_ROLE) returns (uint256 subnetId) {
        _subnets.push();
        subnetId = _subnets.length;
        _write(subnetId, s);
        _subnets[subnetId - 1].status = STATUS_ACTIVE;
        emit SubnetCreated(subnetId, s.name, s.kind);
    }

    /// @notice Rewrites a subnet's standard (its kind and status stay). SUBNET_ADMIN only. Tasks already
    /// attached keep their binding; nodes check each task's document against the subnet as it is now.
    /// @param subnetId the subnet.
    /// @param s the new standard.
    function update(uint256 subnetId, Subnet calldata s) external onlyRole(SUBNET_ADMIN_ROLE) {
        Subnet storage cur = _subnet(subnetId);
        if (s.kind != cur.kind) revert InvalidSubnet("kind");
        uint8 status = cur.status;
        _write(subnetId, s);
        cur.status = status;
    }

    /// @notice Pauses, resumes or retires a subnet. SUBNET_ADMIN only; a retired subnet stays retired.
    /// @param subnetId the subnet.
    /// @param status STATUS_ACTIVE, STATUS_PAUSED or STATUS_RETIRED.
    function setStatus(uint256 subnetId, uint8 status) external onlyRole(SUBNET_ADMIN_ROLE) {
        Subnet storage s = _subnet(subnetId);
        if (status < STATUS_ACTIVE || status > STATUS_RETIRED) revert InvalidSubnet("status");
        if (s.status == STATUS_RETIRED) revert SubnetNotActive(subnetId, s.status);
        s.status = status;
        emit SubnetStatusSet(subnetId, status);
    }

    /// @notice Binds an open task to an active training subnet: its publisher only, once. The task's
    /// snapshotted scheduler must be the subnet's.
    /// @param taskId the task.
    /// @param subnetId the subnet.
    function attach(uint256 taskId, uint256 subnetId) external {
        Subnet storage s = _subnet(subnetId);
        if (s.status != STATUS_ACTIVE) revert SubnetNotActive(subnetId, s.status);
        if (s.kind != KIND_TRAINING) revert WrongSubnetKind(subnetId, s.kind);
        uint256 cur = subnetOfTask[taskId];
        if (cur != 0) revert TaskAlreadyAttached(taskId, cur);
        TaskMarket.Task memory t = market.getTask(taskId);
        if (t.publisher != msg.sender) revert NotTaskPublisher(taskId, msg.sender);
        if (t.status != TaskMarket.Status.Open) revert TaskNotOpen(taskId);
        if (t.schedulerId != s.schedulerId || address(t.scheduler) != address(s.scheduler)) {
            revert SchedulerMismatch(taskId, address(t.scheduler), address(s.scheduler));
        }
        subnetOfTask[taskId] = subnetId;
        emit TaskAttached(taskId, subnetId);
    }

    /// @notice Whether `modelId` may serve in `subnetId` now: an active inference subnet whose
    /// verifying-key hash is the model id (InferenceOracle's check).
    /// @param subnetId the subnet.
    /// @param modelId the model id.
    function checkModel(uint256 subnetId, bytes32 modelId) external view returns (bool) {
        if (subnetId == 0 || subnetId > _subnets.length) return false;
        Subnet storage s = _subnets[subnetId - 1];
        return s.status == STATUS_ACTIVE && s.kind == KIND_INFERENCE && s.vkHash == modelId;
    }

    /// @notice One subnet.
    /// @param subnetId the subnet.
    function subnet(uint256 subnetId) external view returns (Subnet memory) {
        return _subnet(subnetId);
    }

    /// @notice How many subnets exist (ids 1..count).
    function subnetCount() external view returns (uint256) {
        return _subnets.length;
    }

    function _write(uint256 subnetId, Subnet calldata s) internal {
        if (bytes(s.name).length == 0 || bytes(s.name).length > MAX_NAME) revert InvalidSubnet("name");
        if (bytes(s.modelCid).length == 0 || bytes(s.modelCid).length > MAX_CID) revert InvalidSubnet("model cid");
        if (bytes(s.strategy).length > MAX_NAME || bytes(s.params).length > MAX_PARAMS) revert InvalidSubnet("strategy");
        if (s.kind == KIND_TRAINING) {
            if (s.schemaId == bytes32(0)) revert InvalidSubnet("schema");
            if (bytes(s.strategy).length == 0) revert InvalidSubnet("strategy");
            if (address(s.scheduler) == address(0) || address(market.schedulers(s.schedulerId)) != address(s.scheduler)) revert InvalidSubnet("scheduler");
            if (s.vkHash != bytes32(0)) revert InvalidSubnet("vk hash");
        } else if (s.kind == KIND_INFERENCE) {
            if (s.vkHash == bytes32(0)) revert InvalidSubnet("vk hash");
        } else {
            revert InvalidSubnet("kind");
        }
        Subnet storage d = _subnets[subnetId - 1];
        d.name = s.name;
        d.kind = s.kind;
        d.schedulerId = s.schedulerId;
        d.scheduler = s.scheduler;
        d.schemaId = s.schemaId;
        d.vkHash = s.vkHash;
        d.modelCid = s.modelCid;
        d.strategy = s.strategy;
        d.params = s.params;
        emit SubnetUpdated(subnetId, s.schemaId, s.vkHash, s.modelCid, s.schedulerId, s.strategy);
    }

    function _subnet(uint256 subnetId) internal view returns (Subnet storage) {
        if (subnetId == 0 || subnetId > _subnets.length) revert UnknownSubnet(subnetId);
        return _subnets[subnetId - 1];
    }
}
