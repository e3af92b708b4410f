package coordinator

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/verify"
)

// Training verification at round close (protocol.VerifySpec): before aggregating, the coordinator
// checks each update's commitment signature and spot-checks the trainer's checkpoint chain
// (verify.SpotCheck at the task's rate, from a beacon drawn after every update was in, so no trainer
// could predict it), fetching block disclosures from the trainer; an update that fails is left out of
// the aggregate and named in RoundSummary.Rejected. On chain, validators repeat the check with a public
// beacon and take a fault to TrainingDispute.

// auditTimeout bounds one trainer's spot check.
const auditTimeout = 30 * time.Second

// audit returns the updates of round r that pass verification and the clients of those that do not.
func (c *Coordinator) audit(r uint64, global []float64, updates []fl.Update, commits map[string]*protocol.CheckpointCommit) ([]fl.Update, []string, error) {
	endpoints, err := c.endpoints()
	if err != nil {
		return nil, nil, err
	}
	var beacon [32]byte
	if _, err := rand.Read(beacon[:]); err != nil {
		return nil, nil, fmt.Errorf("audit beacon: %w", err)
	}
	var kept []fl.Update
	var rejected []string
	for _, u := range updates {
		id, err := cohort.ParseNodeID(u.Client)
		if err == nil {
			err = c.auditOne(r, id, endpoints[id], global, u.Delta, commits[u.Client], beacon)
		}
		if err != nil {
			c.log.Warn("update failed verification: left out of the aggregate", "trainer", u.Client, "round", r, "err", err)
			rejected = append(rejected, u.Client)
			continue
		}
		kept = append(kept, u)
	}
	return kept, rejected, nil
}

func (c *Coordinator) auditOne(r uint64, id cohort.NodeID, endpoint string, global, delta []float64, cc *protocol.CheckpointCommit, beacon [32]byte) error {
	if err := c.spec.CheckCommit(cc); err != nil {
		return err
	}
	com := protocol.Commitment(c.spec.ID, r, id, global, delta, cc)
	if err := verify.CheckSignature(com, cc.Sig, c.cfg.Recover); err != nil {
		return err
	}
	job := &verify.Job{Spec: c.spec.Model, Global: global, Commitment: com, Update: delta,
		Config: fl.ClientConfig(c.spec.Train, c.spec.Strategy, c.spec.Seed, int(r), id.String())}
	ctx, cancel := context.WithTimeout(context.Background(), auditTimeout)
	defer cancel()
	rep, err := verify.SpotCheck(ctx, job, beacon, c.spec.Verify.SpotRate(), func(ctx context.Context, b int) (*fl.BlockDisclosure, error) {
		return c.fetchDisclosure(ctx, endpoint, r, b)
	})
	if err != nil {
		return fmt.Errorf("spot check: %w", err)
	}
	if rep.Failed() {
		return cohort.Errorf(cohort.EInvalid, "spot check of blocks %v: block %d: %s", rep.Checked, rep.Fault, rep.Reason)
	}
	return nil
}

// fetchDisclosure asks a trainer for block b of round r, signed with the coordinator's key.
func (c *Coordinator) fetchDisclosure(ctx context.Context, endpoint string, r uint64, b int) (*fl.BlockDisclosure, error) {
	if endpoint == "" {
		return nil, cohort.Errorf(cohort.EUnavailable, "no endpoint for the trainer")
	}
	body, err := json.Marshal(protocol.DiscloseRequest{Round: r, Block: b})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimSuffix(endpoint, "/")+protocol.PathDisclose, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	if err := protocol.Sign(req.Header, req.Method, protocol.PathDisclose, body, c.cfg.Key, c.spec.ChainID, c.spec.ID, r, 2*time.Minute); err != nil {
		return nil, err
	}
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, fl.MaxDisclosureBytes+1))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("disclose block %d: %s: %s", b, resp.Status, bytes.TrimSpace(raw[:min(len(raw), 512)]))
	}
	var ds fl.BlockDisclosure
	if err := ds.UnmarshalBinary(raw); err != nil {
		return nil, err
	}
	return &ds, nil
}
