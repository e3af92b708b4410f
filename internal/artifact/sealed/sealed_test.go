package sealed

import (
	"bytes"
	"context"
	"io"
	"os"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact/artifacttest"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/identity"
)

func keys(t *testing.T, n int) []*identity.Key {
	var out []*identity.Key
	for range n {
		k, err := identity.Generate()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, k)
	}
	return out
}

func seal(t *testing.T, data []byte, to ...*identity.Key) []byte {
	var rs []Recipient
	for _, k := range to {
		rs = append(rs, RecipientOf(k))
	}
	var b bytes.Buffer
	if err := Seal(&b, bytes.NewReader(data), rs); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func open(env []byte, k Key) ([]byte, error) {
	r, err := Open(bytes.NewReader(env), k)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

func TestAuthorizedNodesRead(t *testing.T) {
	ks := keys(t, 3)
	for _, n := range []int{0, 1, segmentSize - 1, segmentSize, segmentSize + 1, 2*segmentSize + 77} {
		data := artifacttest.Content(uint64(n), n)
		env := seal(t, data, ks[0], ks[1])
		if bytes.Contains(env, data[:min(n, 64)]) && n >= 64 {
			t.Fatal("plaintext visible in the envelope")
		}
		for _, k := range ks[:2] {
			got, err := open(env, k)
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("%d bytes: recipient read %d bytes, %v", n, len(got), err)
			}
		}
		// The third node is not a recipient: a clear refusal and no plaintext.
		r, err := Open(bytes.NewReader(env), ks[2])
		if r != nil || cohort.Code(err) != cohort.EForbidden {
			t.Fatalf("unauthorized node: reader %v, err %v", r, err)
		}
	}
}

// impostor claims a recipient's id but holds another key.
type impostor struct {
	*identity.Key
	id cohort.NodeID
}

func (i impostor) ID() cohort.NodeID { return i.id }

func TestImpostorRefused(t *testing.T) {
	ks := keys(t, 2)
	env := seal(t, []byte("secret rows"), ks[0])
	_, err := open(env, impostor{ks[1], ks[0].ID()})
	if cohort.Code(err) != cohort.EForbidden {
		t.Fatalf("impostor: %v", err)
	}
}

func TestTamperingDetected(t *testing.T) {
	ks := keys(t, 1)
	data := artifacttest.Content(9, 2*segmentSize+5)
	env := seal(t, data, ks[0])
	hdrEnd := len(env) - (len(data) + 3*tagSize)
	for name, bad := range map[string][]byte{
		"flip":          func() []byte { b := bytes.Clone(env); b[len(b)-100] ^= 1; return b }(),
		"truncate-seg":  env[:len(env)-(5+tagSize)], // drop the last segment
		"truncate-tail": env[:len(env)-1],           // cut into the last segment
		"drop-middle":   append(bytes.Clone(env[:hdrEnd+segmentSize+tagSize]), env[hdrEnd+2*(segmentSize+tagSize):]...),
		"header":        bytes.Replace(bytes.Clone(env), []byte(`"v":1`), []byte(`"v":2`), 1),
	} {
		got, err := open(bad, ks[0])
		if err == nil {
			t.Errorf("%s: read %d bytes without error", name, len(got))
		}
	}
}

func TestIdentityKeysAndStore(t *testing.T) {
	// A node's identity key is its sealing key: recipients are named by the node's address.
	k, err := identity.Generate()
	if err != nil {
		t.Fatal(err)
	}
	// Sealed data goes through a shared store and back.
	st, _ := fsstore.New(t.TempDir(), nil)
	env := seal(t, []byte("label,x\n1,2\n"), k)
	c, err := st.Put(context.Background(), bytes.NewReader(env))
	if err != nil {
		t.Fatal(err)
	}
	rc, _ := st.Get(context.Background(), c)
	defer rc.Close()
	r, err := Open(rc, k)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(r)
	if string(got) != "label,x\n1,2\n" {
		t.Fatalf("got %q", got)
	}
	// A recipient whose public key does not match its address is refused at seal time.
	other := keys(t, 1)[0]
	bad := Recipient{ID: k.ID(), PubKey: other.PublicKey()}
	if err := Seal(io.Discard, bytes.NewReader(nil), []Recipient{bad}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("mismatched recipient: %v", err)
	}
}

// TestOpensV1Envelope opens testdata/v1.sealed, sealed by the first implementation (on the decred
// secp256k1 library): envelopes are persisted, so the key wrap must stay compatible.
func TestOpensV1Envelope(t *testing.T) {
	env, err := os.ReadFile("testdata/v1.sealed")
	if err != nil {
		t.Fatal(err)
	}
	k, _ := identity.DevKey("sealed/golden")
	got, err := open(env, k)
	if err != nil || string(got) != "sealed v1 golden envelope\n" {
		t.Fatalf("open v1 envelope: %q %v", got, err)
	}
	if _, err := open(env, keys(t, 1)[0]); cohort.Code(err) != cohort.EForbidden {
		t.Fatalf("stranger: %v", err)
	}
}

func FuzzReadHeader(f *testing.F) {
	k, _ := identity.Generate()
	var b bytes.Buffer
	Seal(&b, bytes.NewReader([]byte("x")), []Recipient{RecipientOf(k)})
	f.Add(b.Bytes())
	f.Add([]byte(Magic + "\x00\x00\x00\x02{}"))
	f.Add([]byte("junk"))
	f.Fuzz(func(t *testing.T, env []byte) {
		r, err := Open(bytes.NewReader(env), k)
		if err != nil {
			return
		}
		io.Copy(io.Discard, r)
	})
}
