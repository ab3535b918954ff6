package de.nahbar.staff.service;

import java.io.Serializable;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;

/**
 * What an administrator enters for a new member of staff. No password: the one who confirms the
 * first role hands over a start password (separation of duties, see RoleGrant).
 */
public record NewLogin(
        @NotBlank @Size(max = StaffMember.USERNAME_MAX) String username,
        @NotBlank @Size(max = StaffMember.NAME_MAX) String firstName,
        @NotBlank @Size(max = StaffMember.NAME_MAX) String lastName,
        @Email @Size(max = StaffMember.EMAIL_MAX) String email,
        Long teamId,
        @NotEmpty Set<Role> roles)
        implements Serializable {}
