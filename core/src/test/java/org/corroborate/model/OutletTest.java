package org.corroborate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class OutletTest {
  @Test
  void aNameAndItsDomainShareABrand() {
    assertEquals("guardian", new Outlet("The Guardian", null).brand());
    assertEquals("guardian", new Outlet("theguardian.com", "www.theguardian.com").brand());
    assertEquals("bbc", new Outlet(null, "www.bbc.co.uk").brand());
    assertEquals("cnn", new Outlet("CNN", "edition.cnn.com").brand());
    assertEquals("reuters", new Outlet("Reuters", null).brand());
  }

  @Test
  void differentOutletsKeepDifferentBrands() {
    assertNotEquals(new Outlet("BBC News", null).brand(), new Outlet(null, "bbc.co.uk").brand());
    assertNotEquals(new Outlet("The Hill", null).brand(), new Outlet("The Hillside Gazette", null).brand());
  }
}
