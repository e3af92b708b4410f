// Package databench is `cohort bench data`: validation of 1M rows x 30 columns, local artifact store
// throughput, and the zero-knowledge range proof for 1,000 rows x 30 columns.
package databench
