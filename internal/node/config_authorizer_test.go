package node

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConfigAuthorizerSection(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "node.toml")
	os.WriteFile(p, []byte(`roles = ["authorizer"]
data_dir = "data"
keystore = "key.json"
[chain]
rpc = "http://127.0.0.1:8545"
[authorizer]
schemas = ["schemas/a.yaml"]
fee = "2.5"
`), 0o600)
	c, err := LoadConfig(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "schemas/a.yaml"); len(c.Authorizer.Schemas) != 1 || c.Authorizer.Schemas[0] != want {
		t.Fatalf("schemas %v, want [%s]", c.Authorizer.Schemas, want)
	}
	if c.Authorizer.Fee != "2.5" || c.Authorizer.MaxDataMB != 1024 {
		t.Fatalf("fee %q max %d", c.Authorizer.Fee, c.Authorizer.MaxDataMB)
	}
	c, err = LoadConfig(p, []string{"COHORT_AUTHORIZER_SCHEMAS=/x.yaml,/y.yaml", "COHORT_AUTHORIZER_MAX_DATA_MB=8"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(c.Authorizer.Schemas, ",") != "/x.yaml,/y.yaml" || c.Authorizer.MaxDataMB != 8 {
		t.Fatalf("env: %v %d", c.Authorizer.Schemas, c.Authorizer.MaxDataMB)
	}
	if _, err := LoadConfig(p, []string{"COHORT_AUTHORIZER_SCHEMAS="}); err == nil || !strings.Contains(err.Error(), "authorizer.schemas") {
		t.Fatalf("no schemas: %v", err)
	}
}
