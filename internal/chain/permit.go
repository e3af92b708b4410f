package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

var permitTypeHash = crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))

// SignPermit signs an EIP-2612 permit letting spender take value of owner's tokens until deadline (unix
// seconds), for CohortToken's domain on this chain and owner's current permit nonce.
func (c *Conn) SignPermit(ctx context.Context, owner *Account, spender common.Address, value, deadline *big.Int) (v uint8, r, s [32]byte, err error) {
	tok := c.Suite().Token
	out, err := c.Call(ctx, tok, c.k.token.PackDOMAINSEPARATOR(), "domain separator")
	if err != nil {
		return 0, r, s, err
	}
	domain, err := c.k.token.UnpackDOMAINSEPARATOR(out)
	if err != nil {
		return 0, r, s, fmt.Errorf("decode domain separator: %w", err)
	}
	if out, err = c.Call(ctx, tok, c.k.token.PackNonces(owner.Addr), "permit nonce"); err != nil {
		return 0, r, s, err
	}
	nonce, err := c.k.token.UnpackNonces(out)
	if err != nil {
		return 0, r, s, fmt.Errorf("decode nonce: %w", err)
	}
	structHash := crypto.Keccak256(permitTypeHash[:], common.LeftPadBytes(owner.Addr[:], 32), common.LeftPadBytes(spender[:], 32),
		math.U256Bytes(new(big.Int).Set(value)), math.U256Bytes(nonce), math.U256Bytes(new(big.Int).Set(deadline)))
	digest := crypto.Keccak256([]byte{0x19, 0x01}, domain[:], structHash)
	sig, err := owner.key.Sign([32]byte(digest))
	if err != nil {
		return 0, r, s, fmt.Errorf("sign permit: %w", err)
	}
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return sig[64] + 27, r, s, nil
}
