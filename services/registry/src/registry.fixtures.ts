import { DEMO_REGION_CODE, T1 } from "@pa/testing";
import { idCheckDigit } from "./person/id-number.rules";

/** A valid synthetic ID-card number (region 990101, a fictional province) for a birth date and serial. */
export function syntheticId(birthDate: string, serial: number, sex: "MALE" | "FEMALE" = "MALE"): string {
  const seq = String(serial % 100).padStart(2, "0");
  const sexDigit = sex === "MALE" ? (serial % 5) * 2 + 1 : (serial % 5) * 2;
  const first17 = `${DEMO_REGION_CODE}${birthDate.replace(/-/g, "")}${seq}${sexDigit}`;
  return first17 + idCheckDigit(first17);
}

export const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
      name
      idNumber
      idNumberMasked
      phone
      birthDate
      sex
      age
      townshipCode
      village
      version
      povertyStatus
      household {
        id
        headId: head {
          id
        }
      }
    }
  }
`;

export const SAVE_TOWNSHIP = /* GraphQL */ `
  mutation SaveTownship($input: SaveTownshipInput!) {
    saveTownship(input: $input) {
      code
      name
      concentrated
      version
    }
  }
`;

export function personInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "张测试",
    idNumber: syntheticId("1980-05-17", 1),
    phone: "17012345678",
    townshipCode: T1,
    village: "东山村",
    laborCapacity: "FULL",
    willingToWork: true,
    registeredOn: "2016-03-01",
    ...over,
  };
}
