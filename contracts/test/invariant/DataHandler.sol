// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {HandlerBase} from "./HandlerBase.sol";
import {World} from "./World.sol";
import {DataRegistry, DataService, QualityReport, ValidationOrder, Attestation} from "../../src/DataRegistry.sol";

/// @notice Drives DataRegistry: listing, updating and delisting services, attesting reports, ordering
/// validations, paying and refunding orders. Ghosts: the fees of open orders (what the registry must
/// hold), and per account the fees escrowed, refunded and received as provider.
contract DataHandler is HandlerBase {
    DataRegistry internal immutable data;

    struct GhostOrder {
        address client;
        address provider;
        uint96 fee;
        uint8 status; // 1 open, 2 paid, 3 refunded
        uint32 deadline;
    }

    GhostOrder[] internal _orders;
    mapping(bytes32 => mapping(address => uint64)) internal _version;
    mapping(bytes32 => mapping(address => uint256)) internal _attestedAt;
    /// @dev The version of each provider's attestation that last paid an order (0: none).
    mapping(bytes32 => mapping(address => uint64)) internal _paidVersion;

    uint256 public ghostOpenFees;
    mapping(address => uint256) public ghostEscrowed;
    mapping(address => uint256) public ghostRefunded;
    mapping(address => uint256) public ghostEarned;
    /// @notice Fees the order ledger says each provider is owed (orders paid to it).
    mapping(address => uint256) public ghostOwed;

    constructor(World w) HandlerBase(w) {
        data = w.data();
    }

    function _authorizer(uint256 seed) internal view returns (address) {
        // Mostly the registered authorizers (actors 10, 11); now and then anyone.
        return seed % 8 == 0 ? world.actor(seed >> 3) : world.actor(10 + seed % 2);
    }

    function _manifest(uint256 seed) internal pure returns (bytes32) {
        return bytes32(1 + seed % 4);
    }

    function _schema(uint256 seed) internal pure returns (bytes32) {
        return bytes32(uint256(0x5c0 + seed % 2));
    }

    function listService(uint256 actorSeed, uint96 fee, uint8 schemaSeed) external timed {
        address a = _authorizer(actorSeed);
        vm.assume(world.registry().isActive(a, 2));
        vm.prank(a);
        data.listService(_schema(schemaSeed), uint96(_bound(fee, 0, 1e20)), "svc");
    }

    /// @notice Attack: only active authorizers list services.
    function listServiceIneligible(uint256 actorSeed) external timed {
        address a = world.actor(actorSeed);
        vm.assume(!world.registry().isActive(a, 2));
        vm.prank(a);
        try data.listService(_schema(0), 1, "svc") {
            _check(false, "listService: not an active authorizer");
        } catch {}
    }

    function updateService(uint256 serviceSeed, uint96 fee) external timed {
        uint256 n = data.serviceCount();
        vm.assume(n != 0);
        uint256 id = serviceSeed % n;
        DataService memory sv = data.service(id);
        vm.assume(sv.active && world.registry().isActive(sv.provider, 2));
        vm.prank(sv.provider);
        data.updateService(id, uint96(_bound(fee, 0, 1e20)), "svc2");
    }

    function delistService(uint256 serviceSeed, bool byAdmin) external timed {
        uint256 n = data.serviceCount();
        vm.assume(n != 0);
        uint256 id = serviceSeed % n;
        // Rarely (one call in four goes through), so that most services stay listed.
        vm.assume(serviceSeed % 4 == 0 && data.service(id).active);
        vm.prank(byAdmin ? world.admin() : data.service(id).provider);
        data.delistService(id);
    }

    function attest(uint256 actorSeed, uint8 manifestSeed, uint8 schemaSeed) external timed {
        address a = _authorizer(actorSeed);
        vm.assume(world.registry().isActive(a, 2));
        _attestAs(a, _manifest(manifestSeed), _schema(schemaSeed));
    }

    function _attestAs(address a, bytes32 m, bytes32 schema) internal {
        uint64 v = _version[m][a] + 1;
        vm.prank(a);
        data.attest(QualityReport(m, schema, bytes32(uint256(7)), true, 100, v));
        _version[m][a] = v;
        _attestedAt[m][a] = block.timestamp;
    }

    /// @notice Attack: a report at or below the version on record.
    function attestStale(uint256 actorSeed, uint8 manifestSeed, uint64 back) external timed {
        address a = _authorizer(actorSeed);
        bytes32 m = _manifest(manifestSeed);
        uint64 v = _version[m][a];
        v = uint64(_bound(back, 0, v));
        vm.prank(a);
        try data.attest(QualityReport(m, _schema(0), bytes32(uint256(7)), true, 100, v)) {
            _check(false, "attest: stale version accepted");
        } catch {}
    }

    function orderValidation(uint256 actorSeed, uint256 serviceSeed, uint8 manifestSeed, uint32 ttl) external timed {
        uint256 n = data.serviceCount();
        vm.assume(n != 0);
        uint256 id = serviceSeed % n;
        vm.assume(data.service(id).active);
        _orderAs(world.actor(actorSeed), id, _manifest(manifestSeed), uint32(_bound(ttl, 1 hours, 10 days)));
    }

    function _orderAs(address c, uint256 serviceId, bytes32 manifest, uint32 ttl) internal returns (uint256 orderId) {
        DataService memory s = data.service(serviceId);
        uint256 before = _bal(address(data));
        vm.prank(c);
        orderId = data.orderValidation(serviceId, manifest, ttl, s.fee);
        uint256 got = _bal(address(data)) - before;
        _check(got == s.fee, "orderValidation: escrow != fee");
        _check(orderId == _orders.length, "orderValidation: order id");
        _orders.push(GhostOrder(c, s.provider, s.fee, 1, uint32(block.timestamp + ttl)));
        ghostOpenFees += got;
        ghostEscrowed[c] += got;
    }

    /// @notice Attack: two orders of one dataset from one service, one attestation; the attestation pays
    /// the first and must not pay the second.
    function payTwiceWithOneAttestation(uint256 actorSeed, uint256 serviceSeed, uint8 manifestSeed) external timed {
        uint256 n = data.serviceCount();
        vm.assume(n != 0);
        uint256 sid = serviceSeed % n;
        DataService memory s = data.service(sid);
        vm.assume(s.active && world.registry().isActive(s.provider, 2));
        bytes32 m = _manifest(manifestSeed);
        address c = world.actor(actorSeed);
        uint256 first = _orderAs(c, sid, m, 1 days);
        uint256 second = _orderAs(c, sid, m, 1 days);
        _attestAs(s.provider, m, s.schemaId);
        data.payOrder(first);
        GhostOrder storage o = _orders[first];
        o.status = 2;
        ghostOpenFees -= o.fee;
        ghostEarned[s.provider] += o.fee;
        ghostOwed[s.provider] += o.fee;
        _paidVersion[m][s.provider] = _version[m][s.provider];
        try data.payOrder(second) {
            _check(false, "payOrder: one attestation paid two orders");
        } catch {}
    }

    /// @notice Attack: an order whose maxFee is below the service's fee.
    function orderAboveMaxFee(uint256 actorSeed, uint256 serviceSeed) external timed {
        uint256 n = data.serviceCount();
        vm.assume(n != 0);
        uint256 id = serviceSeed % n;
        uint96 fee = data.service(id).fee;
        vm.assume(fee != 0);
        vm.prank(world.actor(actorSeed));
        try data.orderValidation(id, _manifest(0), 1 days, fee - 1) {
            _check(false, "orderValidation: above maxFee");
        } catch {}
    }

    /// @notice The provider attests the order's dataset against its service's schema (when its current
    /// attestation cannot pay this order), then anyone pays the order.
    function payOrder(uint256 orderSeed, bool attestFirst) external timed {
        uint256 id = _open(orderSeed);
        GhostOrder storage o = _orders[id];
        vm.assume(block.timestamp <= o.deadline && world.registry().isActive(o.provider, 2));
        ValidationOrder memory vo = data.order(id);
        bytes32 schema = data.service(vo.serviceId).schemaId;
        // Attest first when asked to, or when the provider's attestation on record cannot pay this order
        // (none, another schema, from before the order, or already spent).
        Attestation memory at0 = data.attestation(vo.manifest, o.provider);
        if (attestFirst || at0.attestedAt < vo.orderedAt || at0.schemaId != schema || at0.paid) {
            _attestAs(o.provider, vo.manifest, schema);
        }
        uint256 before = _bal(o.provider);
        data.payOrder(id);
        uint256 got = _bal(o.provider) - before;
        _check(got == o.fee, "payOrder: paid != escrowed fee");
        uint256 at = _attestedAt[vo.manifest][o.provider];
        _check(at >= vo.orderedAt && at <= o.deadline, "payOrder: attestation outside the order's window");
        uint64 v = _version[vo.manifest][o.provider];
        _check(_paidVersion[vo.manifest][o.provider] != v, "payOrder: one attestation paid two orders");
        _paidVersion[vo.manifest][o.provider] = v;
        o.status = 2;
        ghostOpenFees -= o.fee;
        ghostEarned[o.provider] += got;
        ghostOwed[o.provider] += o.fee;
    }

    function refundOrder(uint256 orderSeed) external timed {
        uint256 id = _open(orderSeed);
        GhostOrder storage o = _orders[id];
        // The order must have expired: move the clock past its deadline when it has not.
        if (block.timestamp <= o.deadline) {
            world.advance(o.deadline + 1 - block.timestamp);
            vm.warp(world.now_());
        }
        uint256 before = _bal(o.client);
        vm.prank(o.client);
        data.refundOrder(id);
        uint256 got = _bal(o.client) - before;
        _check(got == o.fee, "refundOrder: refund != escrowed fee");
        o.status = 3;
        ghostOpenFees -= o.fee;
        ghostRefunded[o.client] += got;
        _check(ghostRefunded[o.client] <= ghostEscrowed[o.client], "refundOrder: beyond escrow");
    }

    /// @notice Attack: a refund by someone other than the client, or of an order that is not open or
    /// not expired.
    function refundOrderWrongly(uint256 orderSeed, uint256 strangerSeed) external timed {
        uint256 n = _orders.length;
        vm.assume(n != 0);
        uint256 id = orderSeed % n;
        GhostOrder storage o = _orders[id];
        address caller = world.actor(strangerSeed);
        vm.assume(caller != o.client || o.status != 1 || block.timestamp <= o.deadline);
        vm.prank(caller);
        try data.refundOrder(id) {
            _check(false, "refundOrder: by a stranger, twice, or before the deadline");
        } catch {}
    }

    /// @dev An open order, searched from a seeded index (the call is discarded when there is none).
    function _open(uint256 seed) internal view returns (uint256 id) {
        uint256 n = _orders.length;
        vm.assume(n != 0);
        for (uint256 k = 0; k < n; ++k) {
            id = (seed + k) % n;
            if (_orders[id].status == 1) return id;
        }
        vm.assume(false);
    }

    function orderCount() external view returns (uint256) {
        return _orders.length;
    }

    function ghostOrderStatus(uint256 id) external view returns (uint8) {
        return _orders[id].status;
    }
}
