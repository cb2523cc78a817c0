import type { Rule } from './rule.ts';

/** A mentoring contract is signed by one mentor and one mentee; a peer contract by two peers. */
export const contractRolesFitKind: Rule = {
  id: 'contract-roles-fit-kind',
  check({ repository, report }) {
    for (const contract of repository.contracts.values()) {
      const { kind, parties } = contract.data;
      const roles = parties.map((party) => party.role);
      if (kind === 'peer') {
        roles.forEach((role, index) => {
          if (role !== 'peer')
            report(
              contract.file,
              { path: ['parties', index, 'role'] },
              `Role of party ${index + 1} is ${role}, but in a peer contract both parties have role peer.`,
            );
        });
        continue;
      }
      roles.forEach((role, index) => {
        if (role === 'peer')
          report(
            contract.file,
            { path: ['parties', index, 'role'] },
            `Role of party ${index + 1} is peer, but a mentoring contract has one mentor and one mentee.`,
          );
      });
      if (roles[0] === roles[1] && roles[0] !== 'peer') {
        report(
          contract.file,
          { path: ['parties', 1, 'role'] },
          `Both parties have role ${roles[0]}; a mentoring contract has one mentor and one mentee.`,
        );
      }
    }
  },
};
