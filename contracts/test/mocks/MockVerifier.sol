// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @notice Test only: stands in for a gnark-exported Groth16 verifier. The oracle calls
/// verifyProof(bytes proof, uint256[N] input) and reads only whether the call succeeded; this verifier
/// accepts exactly the proof `abi.encode(keccak256(abi.encode(input)))`, so a test can make a valid proof
/// for any public inputs and an invalid one by changing one byte or one input.
contract MockVerifier {
    fallback(bytes calldata data) external returns (bytes memory) {
        // data: selector | offset of proof (32 * (N + 1)) | input[N] | proof length | proof
        uint256 off = abi.decode(data[4:36], (uint256));
        bytes calldata input = data[36:4 + off];
        uint256 len = abi.decode(data[4 + off:36 + off], (uint256));
        bytes calldata proof = data[36 + off:36 + off + len];
        require(len == 32 && bytes32(proof) == keccak256(input), "MockVerifier: bad proof");
        return abi.encode(true);
    }

    /// @notice The proof this verifier accepts for `input` (the oracle's publicInputs).
    function proofFor(uint256[] memory input) external pure returns (bytes memory) {
        return abi.encode(keccak256(abi.encodePacked(input)));
    }
}
