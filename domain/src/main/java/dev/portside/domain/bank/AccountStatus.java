package dev.portside.domain.bank;

/** Only an OPEN account takes deposits or takes part in transfers. */
public enum AccountStatus {
    OPEN,
    FROZEN,
    CLOSED
}
