package io.hostorder.provider.hostway;

import java.util.List;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The Hostway OrderAPI calls hostorder makes, as documented in "Order VPS Virtuozzo products and
 * services". Every body is JSON sent as {@code application/json; charset=UTF-8}. Answers are read raw
 * (status, {@code Location}, body) by {@link Exchange}.
 */
interface HostwayApi {

  /** {@code POST /orders {}} → 201, {@code orderId}, {@code Location}, {@code Set-Cookie: OwnerId}. */
  @POST("orders")
  Call<ResponseBody> createOrder(@Body Map<String, Object> empty);

  /** {@code PUT /orders/{id}/account} → 204. */
  @PUT("orders/{order}/account")
  Call<ResponseBody> setAccount(@Path("order") String order, @Body Map<String, String> account);

  /** {@code POST /orders/{id}/account/products} → 201 with the product's URL in {@code Location}. */
  @POST("orders/{order}/account/products")
  Call<ResponseBody> addProduct(@Path("order") String order, @Body ProductBody product);

  /** {@code POST /orders/{id}/account/products/{pid}/services} → 201 with the service's URL in {@code Location}. */
  @POST("orders/{order}/account/products/{product}/services")
  Call<ResponseBody> addService(@Path("order") String order, @Path("product") String product, @Body ServiceBody service);

  /** {@code POST /orders/{id}/action} with {@code submit} (→ 202) or {@code validate} (→ 204). */
  @POST("orders/{order}/action")
  Call<ResponseBody> action(@Path("order") String order, @Body Map<String, String> action);

  /** {@code GET /orders/{id}} → 200 {@code {"order": {"Status": …}, "links": {…}}}. */
  @GET("orders/{order}")
  Call<ResponseBody> order(@Path("order") String order);

  /**
   * {@code GET /orders/{id}/account/products/{pid}} → 200 {@code {"status", "services", "offering", "displayName",
   * "partnerId", "links"}} (Hostway API wiki); errors 401, 403, 404, 502 "Unexpected backend response".
   */
  @GET("orders/{order}/account/products/{product}")
  Call<ResponseBody> product(@Path("order") String order, @Path("product") String product);

  /**
   * {@code GET /accounts/{accountId}/products?filterPartnerId=…&page=1&pageSize=400} → 200 {@code {"list": [...],
   * "links": [...]}} (Hostway API wiki; needs the {@code Authorization} header).
   */
  @GET("accounts/{account}/products")
  Call<ResponseBody> accountProducts(@Path("account") String account, @Query("filterPartnerId") String partnerId,
      @Query("page") int page, @Query("pageSize") int pageSize);

  /** The body that adds a product: its offering URL and the optional documented fields. */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"offering", "promoCode", "displayName", "partnerId"})
  record ProductBody(String offering, String promoCode, String displayName, String partnerId) {}

  /** The body that adds a service: name, specification, billing cycle in months, and what it relates to. */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"name", "serviceSpecification", "billingCycle", "relatedTo",
      "promoCode", "attributes"})
  record ServiceBody(String name, String serviceSpecification, int billingCycle, List<String> relatedTo,
      String promoCode, Map<String, String> attributes) {}
}
