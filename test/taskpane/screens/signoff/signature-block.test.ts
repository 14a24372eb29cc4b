import { bi, type RequiredSigner } from "../../../../src/core";
import { signatureBlock } from "../../../../src/taskpane/screens/signoff";

const signer = (role: RequiredSigner["role"], department: string): RequiredSigner => ({
  role,
  department,
  label: bi(role, role),
  step: 1,
});

describe("signatureBlock: which visible block shows a signature", () => {
  test("T7: the requesting side's signature is shown in the lead's block (the form has one; the ledger keeps both)", () => {
    expect(signatureBlock("T7", signer("lead", ""), {})).toBe("lead.1");
    expect(signatureBlock("T7", signer("requester", "Customer service"), {})).toBe("lead.1");
  });

  test("T2: a department signs in the block already showing it, else the first free one", () => {
    const head = signer("department", "Legal");
    expect(signatureBlock("T2", head, {})).toBe("cooperatingDepartment.1");
    expect(signatureBlock("T2", head, { "cooperatingDepartment.1.signer": "Li Na" })).toBe("cooperatingDepartment.2");
    expect(
      signatureBlock("T2", head, {
        "cooperatingDepartment.1.signer": "Li Na",
        "cooperatingDepartment.3.signer": "Ma Lin",
        "cooperatingDepartment.3.department": " legal ",
      }),
    ).toBe("cooperatingDepartment.3");
    expect(signatureBlock("T2", signer("lead", "Customer service"), {})).toBe("leadDepartment.1");
  });

  test("every block taken: the role's first block (the ledger keeps every entry)", () => {
    const full = {
      "cooperatingDepartment.1.signer": "A",
      "cooperatingDepartment.2.signer": "B",
      "cooperatingDepartment.3.signer": "C",
    };
    expect(signatureBlock("T2", signer("department", "Finance"), full)).toBe("cooperatingDepartment.1");
  });
});
