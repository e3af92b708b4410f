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
		runsItself := false
		for _, line := range strings.Split(c.Example, "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				runsItself = checkExample(t, root, c, line) == c || runsItself
			}
		}
		if !runsItself {
			t.Errorf("%s: no example runs the command itself", c.CommandPath())
		}
	}
	walk(root)
	for path := range examples {
		if !used["cohort "+path] {
			t.Errorf("examples[%q] names no command", path)
		}
	}
}

// checkExample parses an example line (a workflow may show other commands too) and returns the
// command it runs.
func checkExample(t *testing.T, root, want *cobra.Command, line string) *cobra.Command {
	t.Helper()
	// Environment assignments before the command are the shell's business.
	fields := strings.Fields(line)
	for len(fields) > 0 && strings.Contains(fields[0], "=") {
		fields = fields[1:]
	}
	if len(fields) == 0 || fields[0] != "cohort" {
		t.Errorf("%s: example %q does not start with cohort", want.CommandPath(), line)
		return nil
	}
	c, args, err := root.Find(fields[1:])
	if err != nil || !c.Runnable() {
		t.Errorf("%s: example %q: no such command (err %v)", want.CommandPath(), line, err)
		return nil
	}
	// The tree is this test's own, so parsing into it changes nothing else.
	if err := c.ParseFlags(args); err != nil {
		t.Errorf("%s: example %q: %v", want.CommandPath(), line, err)
	}
	return c
}
