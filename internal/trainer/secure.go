package trainer

import (
	"bytes"
	"context"
	"encoding"
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/secagg"
)

// weighAndClip returns the update's aggregation weight, the sample count capped by the strategy's
// MaxSamples times scale, and clips delta in place to the strategy's ClipNorm: norm clipping needs the
// individual update, which only its owner sees under secure aggregation.
func weighAndClip(c fl.StrategyConfig, delta []float64, samples int, scale float64) float64 {
	if c.ClipNorm > 0 {
		var sq float64
		for _, v := range delta {
			sq += v * v
		}
		if norm := math.Sqrt(sq); norm > c.ClipNorm {
			for i := range delta {
				delta[i] *= c.ClipNorm / norm
			}
		}
	}
	return weight(c, samples, scale)
}

// weight is the sample count capped by the strategy's MaxSamples, times scale.
func weight(c fl.StrategyConfig, samples int, scale float64) float64 {
	n := samples
	if c.MaxSamples > 0 {
		n = min(n, c.MaxSamples)
	}
	return float64(n) * scale
}

// checkSecure refuses a SecAgg+ train request whose session values contradict what the trainer
// knows: the model hash must be the hash of the model it was sent (and trains from), the session
// must be one this task's parameters allow (attempt within the cap, k and t meeting the failure
// bound, a positive weight scale), the trainer must be a participant, and the attempt must be above
// every attempt of the round it already took part in. The attempt is recorded (t.mu held).
func (t *Trainer) checkSecure(spec *protocol.TaskSpec, round uint64, sr *protocol.SecureRound, global []float64) error {
	if got := protocol.ModelHash(global); got != sr.ModelHash {
		return cohort.Errorf(cohort.EInvalid, "secagg+ round %d: the session names model %x, but the model sent hashes to %x", round, sr.ModelHash[:8], got[:8])
	}
	if !slices.Contains(sr.Clients, t.ID()) {
		return cohort.Errorf(cohort.EForbidden, "secagg+ round %d: not among the session's clients", round)
	}
	if _, err := protocol.SecAggConfig(spec, round, sr); err != nil {
		return err
	}
	if t.beacon == nil || sr.Beacons[slices.Index(sr.Clients, t.ID())] != t.beacon.Root() {
		return cohort.Errorf(cohort.EInvalid, "secagg+ round %d: the session names another beacon root for this trainer than the one it joined with", round)
	}
	if last := t.attempts[round]; sr.Attempt <= last {
		return cohort.Errorf(cohort.EConflict, "secagg+ round %d: attempt %d is not above attempt %d, which this trainer already took part in", round, sr.Attempt, last)
	}
	prev, had := t.attempts[round]
	t.attempts[round] = sr.Attempt
	for r := range t.attempts {
		if r+8 < round {
			delete(t.attempts, r)
		}
	}
	if err := t.persist(); err != nil { // recorded before any work under this attempt
		if had {
			t.attempts[round] = prev
		} else {
			delete(t.attempts, round)
		}
		return err
	}
	return nil
}

// secureAggregate hands the round's update to the coordinator through a SecAgg+ session: the
// coordinator only ever sees it masked, and learns only the sum over the session's survivors.
func (t *Trainer) secureAggregate(ctx context.Context, spec *protocol.TaskSpec, h protocol.TrainHeader, delta []float64, stats fl.TrainStats) error {
	sr := h.Secure
	if !slices.Contains(sr.Clients, t.ID()) {
		return cohort.Errorf(cohort.EForbidden, "not among the session's clients")
	}
	cfg, err := protocol.SecAggConfig(spec, h.Round, sr)
	if err != nil {
		return err
	}
	client, err := secagg.NewClient(cfg, t.cfg.Key, protocol.RecoverVerifier{Recover: t.cfg.Recover})
	if err != nil {
		return err
	}
	t.mu.Lock()
	beacon := t.beacon
	t.mu.Unlock()
	if beacon == nil {
		return cohort.Errorf(cohort.EConflict, "secagg+ round %d: no beacon tree (the trainer did not join this task)", h.Round)
	}
	bv, bpath, err := beacon.Reveal(protocol.BeaconLeaf(h.Round, sr.Attempt))
	if err != nil {
		return err
	}
	if err := client.UseBeacon(bv, bpath); err != nil {
		return err
	}
	if w := weight(spec.Strategy, stats.Samples, sr.WeightScale); w > cfg.Params().MaxWeight {
		return cohort.Errorf(cohort.EInvalid, "secagg+ round %d: weight scale %g gives weight %g, above the cap %g", h.Round, sr.WeightScale, w, cfg.Params().MaxWeight)
	}
	w := weighAndClip(spec.Strategy, delta, stats.Samples, sr.WeightScale)
	if err := t.distributedNoise(spec, h.Round, len(sr.Clients), delta); err != nil { // dp hook (privacy.go)
		return err
	}
	vec := make([]float64, len(delta)+1)
	for i, v := range delta {
		vec[i] = w * v
	}
	vec[len(delta)] = w * stats.Loss

	adv, err := client.AdvertiseKeys()
	if err != nil {
		return err
	}
	var roster secagg.RosterMsg
	if err := t.stage(ctx, spec.ID, h.Round, protocol.PathSecAggAdvertise, adv, &roster); err != nil {
		return fmt.Errorf("advertise keys: %w", err)
	}
	shares, err := client.ShareKeys(&roster)
	if err != nil {
		// A signature that does not verify under this session means the signer was given other
		// session values (another attempt, model or weight scale) or the message was forged.
		return fmt.Errorf("roster of round %d attempt %d (session values differ between trainers, or a forged entry): %w", h.Round, sr.Attempt, err)
	}
	var inbox secagg.ShareInbox
	if err := t.stage(ctx, spec.ID, h.Round, protocol.PathSecAggShares, shares, &inbox); err != nil {
		return fmt.Errorf("share keys: %w", err)
	}
	masked, err := client.MaskedInput(&inbox, vec, w)
	if err != nil {
		return err
	}
	var survivors secagg.SurvivorsMsg
	if err := t.stage(ctx, spec.ID, h.Round, protocol.PathSecAggMasked, masked, &survivors); err != nil {
		return fmt.Errorf("masked input: %w", err)
	}
	if err := spec.CheckNoiseSurvivors(len(sr.Clients), len(survivors.Survivors)); err != nil { // dp hook
		return err
	}
	if err := t.allowSurvivors(h.Round, survivors.Survivors); err != nil {
		return err
	}
	cons, err := client.ConsistencyCheck(&survivors)
	if err != nil {
		return err
	}
	var req secagg.UnmaskRequest
	if err := t.stage(ctx, spec.ID, h.Round, protocol.PathSecAggConsistency, cons, &req); err != nil {
		return fmt.Errorf("consistency check: %w", err)
	}
	un, err := client.Unmask(&req)
	if err != nil {
		return err
	}
	if err := t.stage(ctx, spec.ID, h.Round, protocol.PathSecAggUnmask, un, nil); err != nil {
		return fmt.Errorf("unmask: %w", err)
	}
	return nil
}

// allowSurvivors enforces that this trainer signs at most one survivor set per round: two sessions of
// the same round with different survivor sets would let the coordinator subtract one sum from the
// other and learn a partial sum (or one update).
func (t *Trainer) allowSurvivors(round uint64, survivors []cohort.NodeID) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if prev, ok := t.signed[round]; ok && !slices.Equal(prev, survivors) {
		return cohort.Errorf(cohort.EForbidden, "round %d: refusing to sign a second, different survivor set (%d survivors, earlier %d)", round, len(survivors), len(prev))
	}
	_, had := t.signed[round]
	t.signed[round] = slices.Clone(survivors)
	for r := range t.signed {
		if r+8 < round {
			delete(t.signed, r)
		}
	}
	if err := t.persist(); err != nil { // recorded before the signature leaves
		if !had {
			delete(t.signed, round)
		}
		return err
	}
	return nil
}

// stage posts one signed stage message and decodes the coordinator's reply (a long poll that returns
// when the stage closes).
func (t *Trainer) stage(ctx context.Context, task string, round uint64, path string, msg encoding.BinaryMarshaler, reply encoding.BinaryUnmarshaler) error {
	body, err := msg.MarshalBinary()
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.url(path), bytes.NewReader(body))
	if err != nil {
		return err
	}
	t.mu.Lock()
	chain := t.spec.ChainID
	t.mu.Unlock()
	if err := protocol.Sign(req.Header, req.Method, path, body, t.cfg.Key, chain, task, round, 5*time.Minute); err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, err := t.longPoll.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return classify(resp)
	}
	if reply == nil {
		return nil
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, t.cfg.Limits.MaxBody()))
	if err != nil {
		return err
	}
	return reply.UnmarshalBinary(b)
}
