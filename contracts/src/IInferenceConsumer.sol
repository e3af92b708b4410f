// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title IInferenceConsumer
/// @notice What a contract implements to receive InferenceOracle results. The oracle calls it once per
/// fulfilled request with the gas the request named; a revert is recorded (CallbackFailed) and does not
/// undo the result. Implementations must check that msg.sender is the oracle.
interface IInferenceConsumer {
    /// @notice Receives a verified inference result.
    /// @param requestId the oracle's request id.
    /// @param modelId the model that produced the outputs.
    /// @param outputs the model's outputs (fixed point, as the circuit computes them).
    function onInferenceResult(uint256 requestId, bytes32 modelId, int256[] calldata outputs) external;
}
