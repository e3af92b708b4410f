package fl

import (
	"math"
	"math/rand/v2"

	"github.com/cohort-net/cohort"
)

// Limits of an LSTM spec: those the zk circuit accepts (internal/zk Model.Validate).
const (
	MaxLSTMCells  = 4
	MaxLSTMSteps  = 64
	MaxLSTMHidden = 1024
)

// lstmCell locates one LSTM cell in the parameter vector: Wx (in x 4h, input-major), Wh (h x 4h,
// input-major), b (4h). Gate rows r = k*h + j are ordered i, f, g, o (k = 0..3), as PyTorch orders them.
type lstmCell struct {
	in, h     int
	wx, wh, b int // offsets
}

// validateLSTM checks the LSTM-specific fields of a spec whose Kind is KindLSTM.
func (s ModelSpec) validateLSTM() error {
	bad := func(f string, a ...any) error { return cohort.Errorf(cohort.EInvalid, "model lstm: "+f, a...) }
	if s.Steps < 1 || s.Steps > MaxLSTMSteps {
		return bad("%d steps, want 1 to %d", s.Steps, MaxLSTMSteps)
	}
	if s.Inputs%s.Steps != 0 {
		return bad("%d inputs are not %d steps of equal width", s.Inputs, s.Steps)
	}
	if len(s.Hidden) == 0 || len(s.Hidden) > MaxLSTMCells {
		return bad("%d cells, want 1 to %d", len(s.Hidden), MaxLSTMCells)
	}
	for i, h := range s.Hidden {
		if h < 1 || h > MaxLSTMHidden {
			return bad("cell %d has %d units, want 1 to %d", i, h, MaxLSTMHidden)
		}
	}
	if s.Activation != "" {
		return bad("activation %q: an LSTM's are fixed (sigmoid, tanh)", s.Activation)
	}
	return nil
}

// lstmLayout returns the cells and the dense head (Hidden[last] -> Classes) of an LSTM spec.
func (s ModelSpec) lstmLayout() ([]lstmCell, layer) {
	in := s.Inputs / s.Steps
	off := 0
	cells := make([]lstmCell, len(s.Hidden))
	for l, h := range s.Hidden {
		c := lstmCell{in: in, h: h, wx: off}
		c.wh = off + in*4*h
		c.b = c.wh + h*4*h
		off = c.b + 4*h
		cells[l] = c
		in = h
	}
	return cells, layer{in: in, out: s.Classes, w: off, b: off + in*s.Classes}
}

// lstmParams is NumParams of an LSTM spec: sum over cells of (in+h+1)*4h, plus (h_last+1)*Classes.
func (s ModelSpec) lstmParams() int {
	_, head := s.lstmLayout()
	return head.b + head.out
}

// initLSTM draws an LSTM's initial parameters: cell weights uniform in +-1/sqrt(h) (PyTorch's
// default), gate biases zero except the forget gate's, 1 (so the cell state is kept at first), and
// the head Xavier-uniform with zero biases.
func initLSTM(m *Model, r *rand.Rand) {
	cells, head := m.Spec.lstmLayout()
	p := m.Params
	for _, c := range cells {
		lim := 1 / math.Sqrt(float64(c.h))
		for k := c.wx; k < c.b; k++ {
			p[k] = (2*r.Float64() - 1) * lim
		}
		for j := range c.h {
			p[c.b+c.h+j] = 1
		}
	}
	lim := math.Sqrt(6 / float64(head.in+head.out))
	for k := head.w; k < head.b; k++ {
		p[k] = (2*r.Float64() - 1) * lim
	}
}

// lstmNet holds one goroutine's buffers for an LSTM: every step's gate activations and states, kept
// by forward for backpropagation through time.
type lstmNet struct {
	spec  ModelSpec
	cells []lstmCell
	head  layer
	steps int
	x     [][][]float64 // x[l][t]: cell l's input at step t (a view of the row, or cell l-1's state)
	h, c  [][][]float64 // h[l][t], c[l][t]: states before step t; index steps holds the last ones
	gate  [][][]float64 // gate[l][t]: activations i, f, g, o (4h values)
	tc    [][][]float64 // tc[l][t]: tanh(c[l][t+1])
	z     []float64     // logits
	dz    []float64
	dh    [][]float64 // dh[l], dc[l]: gradient reaching cell l's state from later steps (and cells above)
	dc    [][]float64
	dg    []float64 // gate pre-activation gradient
}

func newLSTMNet(spec ModelSpec) *lstmNet {
	cells, head := spec.lstmLayout()
	T := spec.Steps
	n := &lstmNet{spec: spec, cells: cells, head: head, steps: T, z: make([]float64, spec.Classes), dz: make([]float64, spec.Classes)}
	mat := func(rows, cols int) [][]float64 {
		m := make([][]float64, rows)
		for i := range m {
			m[i] = make([]float64, cols)
		}
		return m
	}
	widest := 0
	for _, c := range cells {
		n.x = append(n.x, make([][]float64, T))
		n.h = append(n.h, mat(T+1, c.h))
		n.c = append(n.c, mat(T+1, c.h))
		n.gate = append(n.gate, mat(T, 4*c.h))
		n.tc = append(n.tc, mat(T, c.h))
		n.dh = append(n.dh, make([]float64, c.h))
		n.dc = append(n.dc, make([]float64, c.h))
		widest = max(widest, 4*c.h)
	}
	n.dg = make([]float64, widest)
	return n
}

// detTanh is tanh from the deterministic sigmoid: tanh(x) = 2 sigmoid(2x) - 1.
func detTanh(x float64) float64 { return float64(2*sigmoid(2*x)) - 1 }

func dot(a, b []float64) float64 {
	b = b[:len(a)]
	s := 0.0
	for i, v := range a {
		s += float64(v * b[i])
	}
	return s
}

// forward runs the cells over the steps (states start at zero) and the head on the last cell's final
// state; the logits are returned.
func (n *lstmNet) forward(p, x []float64) []float64 {
	in0 := n.cells[0].in
	for t := range n.steps {
		a := x[t*in0 : (t+1)*in0]
		for l, c := range n.cells {
			H, R := c.h, 4*c.h
			n.x[l][t] = a
			z := n.gate[l][t]
			copy(z, p[c.b:c.b+R])
			Wx := p[c.wx:c.wh]
			for i, ai := range a {
				if ai != 0 {
					axpy(z, Wx[i*R:(i+1)*R], ai)
				}
			}
			Wh := p[c.wh:c.b]
			for k, hk := range n.h[l][t] {
				if hk != 0 {
					axpy(z, Wh[k*R:(k+1)*R], hk)
				}
			}
			for r := range z {
				if r/H == 2 {
					z[r] = detTanh(z[r])
				} else {
					z[r] = sigmoid(z[r])
				}
			}
			cp, cn, hn, tc := n.c[l][t], n.c[l][t+1], n.h[l][t+1], n.tc[l][t]
			for j := range H {
				cn[j] = float64(z[H+j]*cp[j]) + float64(z[j]*z[2*H+j])
				tc[j] = detTanh(cn[j])
				hn[j] = float64(z[3*H+j] * tc[j])
			}
			a = hn
		}
	}
	hd := n.head
	copy(n.z, p[hd.b:hd.b+hd.out])
	W := p[hd.w:hd.b]
	for k, hk := range n.h[len(n.cells)-1][n.steps] {
		axpy(n.z, W[k*hd.out:(k+1)*hd.out], hk)
	}
	return n.z
}

// backward adds the gradient of one row's cross-entropy (scaled by scale) to g by backpropagation
// through time, and returns the loss.
func (n *lstmNet) backward(p, g, x []float64, y int, scale float64) float64 {
	logits := n.forward(p, x)
	dz := n.dz
	softmaxInto(dz, logits)
	loss := -math.Log(max(dz[y], 1e-300))
	dz[y] -= 1
	for j := range dz {
		dz[j] *= scale
	}
	L := len(n.cells)
	hd := n.head
	C := hd.out
	gW, gb := g[hd.w:hd.b], g[hd.b:hd.b+C]
	for j, v := range dz {
		gb[j] += v
	}
	W := p[hd.w:hd.b]
	for l := range n.cells {
		clear(n.dh[l])
		clear(n.dc[l])
	}
	for k, hk := range n.h[L-1][n.steps] {
		axpy(gW[k*C:(k+1)*C], dz, hk)
		n.dh[L-1][k] = dot(W[k*C:(k+1)*C], dz)
	}
	for t := n.steps - 1; t >= 0; t-- {
		for l := L - 1; l >= 0; l-- {
			c := n.cells[l]
			H, R := c.h, 4*c.h
			gt, tc, cp := n.gate[l][t], n.tc[l][t], n.c[l][t]
			dh, dc, dg := n.dh[l], n.dc[l], n.dg[:R]
			for j := range H {
				i, f, gg, o := gt[j], gt[H+j], gt[2*H+j], gt[3*H+j]
				dcj := dc[j] + float64(float64(dh[j]*o)*(1-float64(tc[j]*tc[j])))
				dg[j] = float64(dcj*gg) * float64(i*(1-i))
				dg[H+j] = float64(dcj*cp[j]) * float64(f*(1-f))
				dg[2*H+j] = float64(dcj*i) * (1 - float64(gg*gg))
				dg[3*H+j] = float64(dh[j]*tc[j]) * float64(o*(1-o))
				dc[j] = float64(dcj * f)
			}
			gbias := g[c.b : c.b+R]
			for r, v := range dg {
				gbias[r] += v
			}
			gWx, gWh := g[c.wx:c.wh], g[c.wh:c.b]
			for i, ai := range n.x[l][t] {
				if ai != 0 {
					axpy(gWx[i*R:(i+1)*R], dg, ai)
				}
			}
			for k, hk := range n.h[l][t] {
				if hk != 0 {
					axpy(gWh[k*R:(k+1)*R], dg, hk)
				}
			}
			Wh := p[c.wh:c.b]
			for k := range H {
				dh[k] = dot(Wh[k*R:(k+1)*R], dg)
			}
			if l > 0 { // into the state of the cell below, at this step
				Wx := p[c.wx:c.wh]
				below := n.dh[l-1]
				for i := range c.in {
					below[i] += dot(Wx[i*R:(i+1)*R], dg)
				}
			}
		}
	}
	return loss
}
