// Package dashboard is Cohort's web dashboard: static pages (plain HTML, CSS and JavaScript, no build
// step, nothing fetched from elsewhere) embedded in the binary, and the read-only JSON endpoints they
// draw from. Pages: the network (nodes with their roles and, where a chain knows them, stake, rate and
// reputation), the marketplace (tasks and their selections), a task (/tasks/<task-id>: per-round
// accuracy and loss plotted as inline SVG, one point per closed round, and the round commitments, the
// model CIDs committed on chain) and inference (the gateway's models).
//
// The data comes from a Source, which the wiring (internal/node) implements from what the nodes
// already serve: the coordinator's status and round history, the chain's registry and market, the
// gateway's model list. The dashboard computes nothing of its own. Every route is GET (or HEAD): any
// other method is 405 before a source is asked anything, and every answer is bounded (MaxNodes,
// MaxTasks, MaxRounds).
package dashboard
