// Command cohort is the Cohort node and tool: one binary for every role and for the client commands.
// All of its logic lives in internal/cli; this file only hands over the process's arguments and streams.
package main

import (
	"os"

	"github.com/cohort-net/cohort/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
