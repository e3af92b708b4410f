package chain

// countAll is the number of transactions a task summary counts.
func countAll(s Summary) int {
	n := 0
	for _, c := range s.Count {
		n += c
	}
	return n
}
