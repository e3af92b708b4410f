// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {NodeRegistry} from "./NodeRegistry.sol";

/// @notice A data service an authorizer lists: validation and curation of datasets of one schema.
struct DataService {
    address provider; // the authorizer node
    bytes32 schemaId; // the hash of the schema file the service validates against
    uint96 fee; // per dataset, CohortToken base units
    bool active; // false once delisted
    uint32 listedAt; // unix time of listing
    string endpoint; // a description or URL
}

/// @notice A quality report on one dataset, as an authorizer attests it.
struct QualityReport {
    bytes32 manifest; // the sha2-256 digest of the dataset manifest's CID (CIDv1, raw codec)
    bytes32 schemaId; // the schema the dataset was validated against
    bytes32 reportHash; // the hash of the full quality report (stored off chain by CID)
    bool pass; // whether the dataset met the schema
    uint64 rows; // the dataset's row count
    uint64 version; // above the version of the authorizer's current attestation of the dataset
}

/// @notice One authorizer's attestation of one dataset.
struct Attestation {
    bytes32 schemaId;
    bytes32 reportHash;
    bool pass;
    uint64 rows;
    uint32 attestedAt; // unix time; zero when there is none
    uint64 version; // the report's version; every later attestation must carry a higher one
    bool paid; // whether this attestation paid an order (each pays at most one)
}

/// @notice A data owner's paid order for a service's validation of one dataset.
struct ValidationOrder {
    // slot 0
    address client;
    uint96 fee; // escrowed at order time
    // slot 1
    uint64 serviceId;
    uint32 deadline; // after it an unfulfilled order can be refunded
    uint8 status; // 0 none, 1 open, 2 paid, 3 refunded
    uint32 orderedAt; // unix time of the order; only attestations from then to the deadline pay it
    // slot 2
    bytes32 manifest;
}

/// @title DataRegistry
/// @notice Authorizer nodes (NodeRegistry role authorizer, active) list data services with their fees,
/// and attest datasets' quality reports, directly or through an EIP-712 signature anyone may submit.
/// Each authorizer's reports on a dataset carry increasing versions: a report at or below the version
/// on record reverts (StaleReport), so a signed report that was corrected since can never be replayed
/// over the correction. A data owner orders a service's validation of a dataset, escrowing the
/// service's fee (at most the maxFee it names); the provider, while an active authorizer, is paid once
/// it has attested the dataset against the service's schema between the order and its deadline, each
/// attestation paying one order; the owner can take the fee back if none came by the deadline.
contract DataRegistry is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice The EIP-712 type of a signed attestation.
    bytes32 public constant ATTESTATION_TYPEHASH = keccak256(
        "Attestation(bytes32 manifest,bytes32 schemaId,bytes32 reportHash,bool pass,uint64 rows,uint64 version,uint256 deadline)"
    );
    /// @notice The EIP-712 domain type (name "CohortDataRegistry", version "1", chain id, this contract).
    bytes32 public constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// @notice The NodeRegistry role bit of authorizers.
    uint8 public constant ROLE_AUTHORIZER = 2;
    /// @notice The longest endpoint string, in bytes.
    uint256 public constant MAX_ENDPOINT_BYTES = 256;

    /// @notice The longest an order may stay open, seconds.
    uint32 public constant MAX_ORDER_TTL = 90 days;

    /// @notice The node registry that says who is an active authorizer.
    NodeRegistry public immutable registry;
    /// @notice The fee token.
    IERC20 public immutable token;

    ValidationOrder[] internal _orders;

    DataService[] internal _services;
    mapping(bytes32 manifest => mapping(address authorizer => Attestation)) internal _attestations;
    mapping(bytes32 manifest => address[]) internal _attesters;

    event ServiceListed(uint256 indexed serviceId, address indexed provider, bytes32 indexed schemaId, uint96 fee, string endpoint);
    event ServiceUpdated(uint256 indexed serviceId, uint96 fee, string endpoint);
    event ServiceDelisted(uint256 indexed serviceId, address indexed by);
    event ValidationOrdered(uint256 indexed orderId, uint256 indexed serviceId, address indexed client, bytes32 manifest, uint96 fee, uint32 deadline);
    event OrderPaid(uint256 indexed orderId, address indexed provider, uint96 fee);
    event OrderRefunded(uint256 indexed orderId, uint96 fee);
    event ReportAttested(bytes32 indexed manifest, address indexed authorizer, bytes32 indexed schemaId, bytes32 reportHash, bool pass, uint64 rows, uint64 version);

    error NotAuthorizer(address node);
    error NotProvider(uint256 serviceId, address caller);
    error UnknownService(uint256 serviceId);
    error ServiceInactive(uint256 serviceId);
    error InvalidEndpoint();
    error InvalidReport();
    error StaleReport(bytes32 manifest, address authorizer, uint64 version, uint64 current);
    error SignatureExpired(uint256 deadline);
    error InvalidSigner(address recovered, address authorizer);
    error UnknownOrder(uint256 orderId);
    error OrderClosed(uint256 orderId, uint8 status);
    error OrderNotExpired(uint256 orderId, uint32 deadline);
    error NotClient(uint256 orderId, address caller);
    error NotAttested(bytes32 manifest, address provider);
    error InvalidTTL(uint32 ttl);
    error FeeTooHigh(uint256 serviceId, uint96 fee, uint96 maxFee);
    error ProviderInactive(uint256 orderId, address provider);
    error AttestationOutsideOrder(uint256 orderId, uint32 attestedAt, uint32 orderedAt, uint32 deadline);
    error AttestationSpent(bytes32 manifest, address provider, uint64 version);

    /// @notice Deploys the data registry.
    /// @param registry_ the node registry.
    /// @param token_ the fee token.
    /// @param admin receives the admin role (may delist any service).
    constructor(NodeRegistry registry_, IERC20 token_, address admin) {
        registry = registry_;
        token = token_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Lists a data service of the caller, who must be an active authorizer.
    /// @param schemaId the hash of the schema the service validates against.
    /// @param fee the fee per dataset, CohortToken base units.
    /// @param endpoint a description or URL (1 to MAX_ENDPOINT_BYTES bytes).
    /// @return serviceId the new service's id.
    function listService(bytes32 schemaId, uint96 fee, string calldata endpoint) external returns (uint256 serviceId) {
        _onlyAuthorizer(msg.sender);
        _checkEndpoint(endpoint);
        serviceId = _services.length;
        _services.push(DataService({
            provider: msg.sender, schemaId: schemaId, fee: fee, active: true, listedAt: uint32(block.timestamp), endpoint: endpoint
        }));
        emit ServiceListed(serviceId, msg.sender, schemaId, fee, endpoint);
    }

    /// @notice Changes the fee and endpoint of one of the caller's active services.
    /// @param serviceId the service.
    /// @param fee the new fee per dataset.
    /// @param endpoint the new description or URL.
    function updateService(uint256 serviceId, uint96 fee, string calldata endpoint) external {
        DataService storage s = _service(serviceId);
        if (s.provider != msg.sender) revert NotProvider(serviceId, msg.sender);
        if (!s.active) revert ServiceInactive(serviceId);
        _onlyAuthorizer(msg.sender);
        _checkEndpoint(endpoint);
        s.fee = fee;
        s.endpoint = endpoint;
        emit ServiceUpdated(serviceId, fee, endpoint);
    }

    /// @notice Delists a service: its provider, or the admin (e.g. after the provider was slashed).
    /// @param serviceId the service.
    function delistService(uint256 serviceId) external {
        DataService storage s = _service(serviceId);
        if (s.provider != msg.sender && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) revert NotProvider(serviceId, msg.sender);
        if (!s.active) revert ServiceInactive(serviceId);
        s.active = false;
        emit ServiceDelisted(serviceId, msg.sender);
    }

    /// @notice Attests a dataset's quality report as the caller, who must be an active authorizer. A later
    /// report by the same authorizer on the same dataset replaces the earlier one if its version is
    /// higher; a version at or below the one on record reverts with StaleReport.
    /// @param r the report.
    function attest(QualityReport calldata r) external {
        _attest(msg.sender, r);
    }

    /// @notice Attests a report that `authorizer` signed (EIP-712, typed data `Attestation` with the
    /// report's version and a deadline); anyone may submit it, once, and only while no report of the
    /// authorizer on the dataset with that version or a higher one is on record.
    /// @param r the report.
    /// @param authorizer the signer, an active authorizer.
    /// @param deadline the unix time after which the signature is void.
    /// @param signature the 65-byte signature (low s).
    function attestBySig(QualityReport calldata r, address authorizer, uint256 deadline, bytes calldata signature) external {
        if (block.timestamp > deadline) revert SignatureExpired(deadline);
        bytes32 digest = _typedDigest(keccak256(abi.encode(
            ATTESTATION_TYPEHASH, r.manifest, r.schemaId, r.reportHash, r.pass, r.rows, r.version, deadline
        )));
        (address signer, ECDSA.RecoverError e,) = ECDSA.tryRecover(digest, signature);
        if (e != ECDSA.RecoverError.NoError || signer != authorizer || signer == address(0)) {
            revert InvalidSigner(signer, authorizer);
        }
        _attest(authorizer, r);
    }

    /// @notice Orders a service's validation of a dataset, escrowing the service's current fee (pulled
    /// with transferFrom). The fee must not exceed maxFee (FeeTooHigh), so a provider that raises its
    /// fee while the order is in flight cannot take more than the client agreed to.
    /// @param serviceId an active service.
    /// @param manifest the dataset manifest's digest.
    /// @param ttl seconds until the order can be refunded (1 to MAX_ORDER_TTL).
    /// @param maxFee the most the client pays.
    /// @return orderId the new order's id.
    function orderValidation(uint256 serviceId, bytes32 manifest, uint32 ttl, uint96 maxFee) external nonReentrant returns (uint256 orderId) {
        DataService storage s = _service(serviceId);
        if (!s.active) revert ServiceInactive(serviceId);
        if (manifest == bytes32(0)) revert InvalidReport();
        if (ttl == 0 || ttl > MAX_ORDER_TTL) revert InvalidTTL(ttl);
        uint96 fee = s.fee;
        if (fee > maxFee) revert FeeTooHigh(serviceId, fee, maxFee);
        uint32 deadline = uint32(block.timestamp + ttl);
        orderId = _orders.length;
        _orders.push(ValidationOrder({
            client: msg.sender, fee: fee, serviceId: uint64(serviceId), deadline: deadline, status: 1,
            orderedAt: uint32(block.timestamp), manifest: manifest
        }));
        emit ValidationOrdered(orderId, serviceId, msg.sender, manifest, fee, deadline);
        if (fee != 0) token.safeTransferFrom(msg.sender, address(this), fee);
    }

    /// @notice Pays an open order's fee to its service's provider once the provider has attested the
    /// order's dataset against the service's schema, between the order and its deadline. The provider
    /// must still be an active authorizer (registered, staked, not frozen), and an attestation pays
    /// one order only: a second order of the same dataset needs a new attestation. Anyone may call it.
    /// @param orderId the order.
    function payOrder(uint256 orderId) external nonReentrant {
        ValidationOrder storage o = _order(orderId);
        if (o.status != 1) revert OrderClosed(orderId, o.status);
        DataService storage s = _services[o.serviceId];
        address provider = s.provider;
        if (!registry.isActive(provider, ROLE_AUTHORIZER)) revert ProviderInactive(orderId, provider);
        Attestation storage a = _attestations[o.manifest][provider];
        uint32 attestedAt = a.attestedAt;
        if (attestedAt == 0 || a.schemaId != s.schemaId) revert NotAttested(o.manifest, provider);
        if (attestedAt < o.orderedAt || attestedAt > o.deadline) revert AttestationOutsideOrder(orderId, attestedAt, o.orderedAt, o.deadline);
        if (a.paid) revert AttestationSpent(o.manifest, provider, a.version);
        a.paid = true;
        o.status = 2;
        uint96 fee = o.fee;
        emit OrderPaid(orderId, provider, fee);
        if (fee != 0) token.safeTransfer(provider, fee);
    }

    /// @notice Refunds an open order after its deadline. Its client only.
    /// @param orderId the order.
    function refundOrder(uint256 orderId) external nonReentrant {
        ValidationOrder storage o = _order(orderId);
        if (o.client != msg.sender) revert NotClient(orderId, msg.sender);
        if (o.status != 1) revert OrderClosed(orderId, o.status);
        if (block.timestamp <= o.deadline) revert OrderNotExpired(orderId, o.deadline);
        o.status = 3;
        uint96 fee = o.fee;
        emit OrderRefunded(orderId, fee);
        if (fee != 0) token.safeTransfer(msg.sender, fee);
    }

    /// @notice One order.
    /// @param orderId the order.
    function order(uint256 orderId) external view returns (ValidationOrder memory) {
        return _order(orderId);
    }

    /// @notice The EIP-712 digest an authorizer signs for `attestBySig`.
    /// @param r the report (its version included).
    /// @param deadline the signature's deadline.
    function attestationDigest(QualityReport calldata r, uint256 deadline) external view returns (bytes32) {
        return _typedDigest(keccak256(abi.encode(
            ATTESTATION_TYPEHASH, r.manifest, r.schemaId, r.reportHash, r.pass, r.rows, r.version, deadline
        )));
    }

    /// @notice The EIP-712 domain separator.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparator();
    }

    /// @notice One service.
    /// @param serviceId the service.
    function service(uint256 serviceId) external view returns (DataService memory) {
        return _service(serviceId);
    }

    /// @notice How many services were ever listed (delisted ones included).
    function serviceCount() external view returns (uint256) {
        return _services.length;
    }

    /// @notice A page of services by id, delisted ones included.
    /// @param offset the first id.
    /// @param limit the most services to return.
    function services(uint256 offset, uint256 limit) external view returns (DataService[] memory page) {
        uint256 n = _services.length;
        if (offset >= n) return page;
        uint256 end = offset + limit > n ? n : offset + limit;
        page = new DataService[](end - offset);
        for (uint256 i = offset; i < end; ++i) page[i - offset] = _services[i];
    }

    /// @notice One authorizer's attestation of a dataset (attestedAt zero when there is none).
    /// @param manifest the dataset manifest's digest.
    /// @param authorizer the authorizer.
    function attestation(bytes32 manifest, address authorizer) external view returns (Attestation memory) {
        return _attestations[manifest][authorizer];
    }

    /// @notice The authorizers that attested a dataset, in order of their first attestation.
    /// @param manifest the dataset manifest's digest.
    function attesters(bytes32 manifest) external view returns (address[] memory) {
        return _attesters[manifest];
    }

    function _attest(address authorizer, QualityReport calldata r) internal {
        _onlyAuthorizer(authorizer);
        if (r.manifest == bytes32(0) || r.reportHash == bytes32(0)) revert InvalidReport();
        Attestation storage a = _attestations[r.manifest][authorizer];
        if (r.version <= a.version) revert StaleReport(r.manifest, authorizer, r.version, a.version);
        if (a.attestedAt == 0) _attesters[r.manifest].push(authorizer);
        a.schemaId = r.schemaId;
        a.reportHash = r.reportHash;
        a.pass = r.pass;
        a.rows = r.rows;
        a.attestedAt = uint32(block.timestamp);
        a.version = r.version;
        a.paid = false;
        emit ReportAttested(r.manifest, authorizer, r.schemaId, r.reportHash, r.pass, r.rows, r.version);
    }

    function _domainSeparator() internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("CohortDataRegistry"), keccak256("1"), block.chainid, address(this)));
    }

    function _typedDigest(bytes32 structHash) internal view returns (bytes32) {
        return MessageHashUtils.toTypedDataHash(_domainSeparator(), structHash);
    }

    function _onlyAuthorizer(address node) internal view {
        if (!registry.isActive(node, ROLE_AUTHORIZER)) revert NotAuthorizer(node);
    }

    function _checkEndpoint(string calldata endpoint) internal pure {
        uint256 n = bytes(endpoint).length;
        if (n == 0 || n > MAX_ENDPOINT_BYTES) revert InvalidEndpoint();
    }

    function _order(uint256 orderId) internal view returns (ValidationOrder storage) {
        if (orderId >= _orders.length) revert UnknownOrder(orderId);
        return _orders[orderId];
    }

    function _service(uint256 serviceId) internal view returns (DataService storage) {
        if (serviceId >= _services.length) revert UnknownService(serviceId);
        return _services[serviceId];
    }
}
