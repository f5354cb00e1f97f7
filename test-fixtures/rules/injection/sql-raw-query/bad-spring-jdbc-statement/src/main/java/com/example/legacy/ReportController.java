package com.example.legacy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReportController {
    private final DataSource dataSource;

    public ReportController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GetMapping("/reports")
    public int count(HttpServletRequest request) throws Exception {
        String region = request.getParameter("region");
        try (Connection c = dataSource.getConnection()) {
            Statement st = c.createStatement();
            ResultSet rs = st.executeQuery("select count(*) from sales where region = '" + region + "'"); // expect: injection/sql-raw-query
            rs.next();
            return rs.getInt(1);
        }
    }

    @GetMapping("/reports/tenant")
    public boolean tenant(@RequestHeader("X-Tenant") String tenant) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return c.prepareStatement("select * from sales where tenant = '" + tenant + "'").execute(); // expect: injection/sql-raw-query
        }
    }
}
