package dev.portside.application.user;

/**
 * Soft delete, by the account itself or an admin; anyone else gets 404. Deleting a deleted account is
 * 404 for its owner (to them it is gone) and a no-op for an admin, so a repeated admin DELETE is
 * idempotent.
 */
public interface DeleteUser {

    void delete(DeleteUserCommand command);
}
