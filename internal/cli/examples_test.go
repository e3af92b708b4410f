package cli

import (
	"io"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// Every command a user can run shows an example in its help, and every example is a command line this
// binary accepts: the command exists and each flag parses with its type and range.
func TestEveryCommandHasAnExample(t *testing.T) {
	a := &app{stdout: io.Discard, stderr: io.Discard}
	root := a.rootCmd()
	used := map[string]bool{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, s := range c.Commands() {
			walk(s)
		}
		if !c.Runnable() || c.HasSubCommands() || c.Name() == "help" || c.Root() == c || strings.HasPrefix(c.CommandPath(), "cohort completion") {
			return
		}
		if strings.TrimSpace(c.Example) == "" {
			t.Errorf("%s has no example", c.CommandPath())
			return
		}
		used[c.CommandPath()] = true
		for _, line := range strings.Split(c.Example, "\n") {
			checkExample(t, root, c, strings.TrimSpace(line))
		}
	}
	walk(root)
	for path := range examples {
		if !used["cohort "+path] {
			t.Errorf("examples[%q] names no command", path)
		}
	}
}

func checkExample(t *testing.T, root, want *cobra.Command, line string) {
	t.Helper()
	// Environment assignments before the command are the shell's business.
	fields := strings.Fields(line)
	for len(fields) > 0 && strings.Contains(fields[0], "=") {
		fields = fields[1:]
	}
	if len(fields) == 0 || fields[0] != "cohort" {
		t.Errorf("%s: example %q does not start with cohort", want.CommandPath(), line)
		return
	}
	c, args, err := root.Find(fields[1:])
	if err != nil || c != want {
		t.Errorf("%s: example %q runs %v (err %v)", want.CommandPath(), line, c.CommandPath(), err)
		return
	}
	// The tree is this test's own, so parsing into it changes nothing else.
	if err := c.ParseFlags(args); err != nil {
		t.Errorf("%s: example %q: %v", want.CommandPath(), line, err)
	}
}
