package chain

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/cohort-net/cohort"
)

// LoadKeystoreAccount decrypts a keystore v3 file (as geth, Foundry and internal/identity write it) with
// the password in passwordFile (first line). A wrong password is EUnauthorized.
func LoadKeystoreAccount(keyFile, passwordFile string) (*Account, error) {
	blob, err := readLimited(keyFile, 64<<10)
	if err != nil {
		return nil, wrap(cohort.EInvalid, fmt.Sprintf("keystore %s", keyFile), err)
	}
	pw, err := readLimited(passwordFile, 4<<10)
	if err != nil {
		return nil, wrap(cohort.EInvalid, fmt.Sprintf("password file %s", passwordFile), err)
	}
	line, _, _ := strings.Cut(string(pw), "\n")
	k, err := keystore.DecryptKey(blob, strings.TrimRight(line, "\r"))
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, cohort.Errorf(cohort.EUnauthorized, "keystore %s: wrong password", keyFile)
		}
		return nil, wrap(cohort.EInvalid, fmt.Sprintf("keystore %s", keyFile), err)
	}
	return NewAccount(k.PrivateKey), nil
}

func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("over %d bytes", limit)
	}
	return b, nil
}
