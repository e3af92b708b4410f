// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IInferenceConsumer} from "../IInferenceConsumer.sol";
import {InferenceOracle, InferenceParams} from "../InferenceOracle.sol";

/// @title OracleConsumer
/// @notice Test only: a contract that requests inferences from the oracle and records the results; it
/// can be told to revert (with a short or a huge reason) or to burn all its gas in the callback.
contract OracleConsumer is IInferenceConsumer {
    /// @notice The oracle it trusts.
    InferenceOracle public immutable oracle;
    /// @notice 0 records results, 1 reverts, 2 burns all gas, 3 records and asks again (same input),
    /// 4 reverts with reasonBytes bytes of revert data.
    uint8 public mode;
    /// @notice The size of the revert data in mode 4.
    uint256 public reasonBytes;
    /// @notice The request it posted from its last callback (mode 3).
    uint256 public followUp;
    /// @notice The last request id it received.
    uint256 public lastRequest;
    /// @notice How many results it received.
    uint256 public received;
    int256[] internal _last;

    event Received(uint256 indexed requestId, bytes32 modelId, int256[] outputs);

    error NotOracle(address caller);
    error Refused();

    /// @notice Deploys the consumer.
    /// @param oracle_ the oracle.
    constructor(InferenceOracle oracle_) {
        oracle = oracle_;
    }

    /// @notice Sets the callback behaviour.
    /// @param mode_ 0 records, 1 reverts, 2 burns all gas, 3 records and asks again, 4 reverts with
    /// reasonBytes bytes.
    function setMode(uint8 mode_) external {
        mode = mode_;
    }

    /// @notice Sets the size of mode 4's revert data.
    /// @param n bytes.
    function setReasonBytes(uint256 n) external {
        reasonBytes = n;
    }

    /// @notice Requests an inference without a fee, with this contract as the callback.
    /// @param modelId the model.
    /// @param inputCommit the input commitment.
    /// @param gasLimit the callback's gas.
    /// @param prover the only miner that may answer; zero for any.
    /// @return requestId the oracle's request id.
    function ask(bytes32 modelId, uint256 inputCommit, uint32 gasLimit, address prover) public returns (uint256 requestId) {
        (requestId,) = oracle.request(InferenceParams({
            modelId: modelId, inputCommit: inputCommit, fee: 0, callback: address(this), callbackGasLimit: gasLimit,
            prover: prover, ttl: 3600
        }));
    }

    /// @notice Receives a result from the oracle.
    /// @param requestId the request.
    /// @param modelId the model.
    /// @param outputs the outputs.
    function onInferenceResult(uint256 requestId, bytes32 modelId, int256[] calldata outputs) external {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
        if (mode == 1) revert Refused();
        if (mode == 2) {
            while (true) {}
        }
        if (mode == 4) {
            uint256 n = reasonBytes;
            assembly {
                revert(0, n)
            }
        }
        lastRequest = requestId;
        received++;
        _last = outputs;
        emit Received(requestId, modelId, outputs);
        if (mode == 3) {
            uint256 commit = oracle.getRequest(requestId).inputCommit;
            followUp = ask(modelId, commit, 100_000, address(0));
        }
    }

    /// @notice The last outputs received.
    function lastOutputs() external view returns (int256[] memory) {
        return _last;
    }
}
