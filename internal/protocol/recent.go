package protocol

// Recent is a bounded set that forgets its oldest entries first: the last max request nonces a miner
// answered, the last max input hashes a validator sent. It is not safe for concurrent use; callers lock.
type Recent[K comparable] struct {
	max  int
	set  map[K]struct{}
	ring []K
	next int
}

// NewRecent returns a set that remembers at most n entries (at least 1).
func NewRecent[K comparable](n int) *Recent[K] {
	n = max(n, 1)
	return &Recent[K]{max: n, set: make(map[K]struct{}, min(n, 1024))}
}

// Has reports whether k is remembered.
func (r *Recent[K]) Has(k K) bool {
	_, ok := r.set[k]
	return ok
}

// Add records k and reports whether it was new.
func (r *Recent[K]) Add(k K) bool {
	if _, ok := r.set[k]; ok {
		return false
	}
	if len(r.ring) < r.max {
		r.ring = append(r.ring, k)
	} else {
		delete(r.set, r.ring[r.next])
		r.ring[r.next] = k
		r.next = (r.next + 1) % r.max
	}
	r.set[k] = struct{}{}
	return true
}

// Len returns how many entries the set holds.
func (r *Recent[K]) Len() int { return len(r.set) }
